"""A demo story for the Business section. Invented people and institutions; real places."""

from demo.schema import Story, Version, h2, p, quote, related

STORY = Story(
    slug="rice-exporters-weaker-baht",
    section="business",
    hours_ago=6.5,
    authors=("sasithorn",),
    th=Version(
        title="เงินบาทอ่อนช่วยผู้ส่งออกข้าว แต่ชาวนายังไม่เห็นราคาข้าวเปลือกขยับ",
        standfirst=(
            "ผู้ส่งออกรับคำสั่งซื้อเพิ่มจากแอฟริกาและตะวันออกกลาง หลังค่าเงินบาทอ่อนลง"
            "ต่อเนื่องสามสัปดาห์ แต่ราคาที่โรงสีรับซื้อจากชาวนายังแทบไม่เปลี่ยน"
        ),
        hero_caption="กระสอบข้าวสารรอขึ้นเรือที่ท่าเรือริมแม่น้ำเจ้าพระยา",
        hero_alt="กระสอบข้าวสารวางซ้อนกันสูงในโกดังริมท่าเรือ",
        tags=("ข้าว", "ส่งออก", "ค่าเงินบาท"),
        body=(
            p(
                "ผู้ส่งออกข้าวหลายรายระบุว่าได้รับคำสั่งซื้อเพิ่มขึ้นจากลูกค้าในแอฟริกาตะวันตก"
                "และตะวันออกกลาง หลังเงินบาทอ่อนค่าลงต่อเนื่องสามสัปดาห์ ทำให้ข้าวไทยแข่งขัน"
                "ด้านราคากับข้าวจากเวียดนามและอินเดียได้ดีขึ้น"
            ),
            p(
                "สมาคมผู้ค้าข้าวภาคกลางประเมินว่าการส่งออกข้าวเดือนนี้อาจเพิ่มขึ้นราวร้อยละ 8 "
                "จากเดือนก่อน โดยข้าวขาวและข้าวนึ่งได้ประโยชน์มากที่สุด"
            ),
            quote(
                "ค่าเงินช่วยให้เราเสนอราคาได้ต่ำลงโดยไม่ขาดทุน ลูกค้าที่เคยหันไปซื้อจากที่อื่นเริ่มโทรกลับมาถาม",
                "ประยุทธ แสงอรุณ",
                "กรรมการผู้จัดการบริษัทส่งออกข้าวแห่งหนึ่งในอยุธยา",
            ),
            p(
                "อย่างไรก็ตาม "
                "ราคาข้าวเปลือกที่โรงสีรับซื้อจากชาวนาในภาคกลางและภาคอีสานยังแทบไม่ขยับ "
                "ชาวนาหลายรายบอกว่าต้นทุนปุ๋ยและค่าจ้างรถเกี่ยวที่สูงขึ้นกินกำไรไปเกือบหมด"
            ),
            related(
                "durian-packers-cold-chain",
                "household-debt-survey",
                "can-app-loans-rescue-small-shops",
            ),
            h2("ทำไมราคาไม่ไหลถึงนา"),
            p(
                "นักเศรษฐศาสตร์อธิบายว่าผลดีจากค่าเงินมักไปถึงชาวนาช้า เพราะโรงสีและผู้ส่งออก"
                "ทำสัญญาซื้อขายล่วงหน้าหลายเดือน และข้าวที่ส่งออกตอนนี้ส่วนใหญ่ซื้อเข้าโกดัง"
                "ไว้ตั้งแต่ก่อนเงินบาทอ่อน"
            ),
            quote(
                "ถ้าเงินบาทอ่อนอยู่แค่ไม่กี่สัปดาห์ ชาวนาจะแทบไม่ได้อะไร ต้องอ่อนยาวพอ"
                "ให้ข้าวฤดูใหม่เข้าสู่ตลาดก่อน ราคาหน้าโรงสีถึงจะขยับ",
                "ผศ.ดร.กนกพร วงศ์ใหญ่",
                "อาจารย์คณะเศรษฐศาสตร์ มหาวิทยาลัยแม่กลองพัฒนา",
            ),
            p("ผู้ส่งออกยังกังวลเรื่องค่าระวางเรือที่สูงขึ้นหลังพายุในภูมิภาค ซึ่งอาจลดความได้เปรียบด้านราคาลงบางส่วน"),
            p("สมาคมฯ จะประกาศตัวเลขส่งออกอย่างเป็นทางการในสัปดาห์แรกของเดือนหน้า"),
        ),
    ),
    en=Version(
        title="Weaker baht lifts rice exporters, but farmers have yet to see paddy prices move",
        standfirst=(
            "Exporters are taking more orders from Africa and the Middle East after three "
            "weeks of a softer baht. What mills pay farmers has barely changed."
        ),
        hero_caption="Sacks of milled rice waiting to be loaded at a pier on the Chao Phraya.",
        hero_alt="Sacks of milled rice stacked high in a warehouse by the docks",
        tags=("Rice", "Exports", "Baht"),
        body=(
            p(
                "Several rice exporters say orders from customers in West Africa and the "
                "Middle East have picked up after three weeks of a weaker baht, making Thai "
                "rice more competitive on price with Vietnamese and Indian grain."
            ),
            p(
                "The Central Rice Traders Association estimates that exports this month could "
                "be about 8 per cent higher than last month, with white rice and parboiled "
                "rice gaining most."
            ),
            quote(
                "The currency lets us quote lower without making a loss. Customers who had "
                "gone elsewhere are starting to call back.",
                "Prayut Saeng-arun",
                "Managing director of a rice exporter in Ayutthaya",
            ),
            p(
                "But the price mills pay for paddy in the central plains and the north-east "
                "has hardly moved. Many farmers say higher fertiliser prices and harvester "
                "hire have eaten almost all of their margin."
            ),
            related("regional-ports-container-backlog", "durian-packers-cold-chain"),
            h2("Why prices do not reach the paddy field"),
            p(
                "Economists say the benefit of a weaker currency reaches farmers slowly, "
                "because mills and exporters sign contracts months ahead, and most of the "
                "rice being shipped now was bought into warehouses before the baht fell."
            ),
            quote(
                "If the baht is weak for only a few weeks, farmers get almost nothing. It has "
                "to stay weak until the new season's crop reaches the market before mill "
                "prices move.",
                "Asst Prof Kanokporn Wongyai",
                "Faculty of Economics, Mae Klong Pattana University",
            ),
            p(
                "Exporters also worry that higher freight rates after the storms in the region "
                "could eat into their price advantage."
            ),
            p(
                "The association will publish official export figures in the first week of "
                "next month."
            ),
        ),
    ),
)
