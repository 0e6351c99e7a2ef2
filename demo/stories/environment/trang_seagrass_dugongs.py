"""A demo story for the Environment section. Invented people and institutions; real places."""

from demo.schema import Story, Version, p, picture, quote, related

STORY = Story(
    slug="trang-seagrass-dugongs",
    section="environment",
    hours_ago=36,
    authors=("onuma",),
    th=Version(
        title="ชาวประมงตรังปลูกหญ้าทะเลคืนแหล่งอาหารพะยูน",
        standfirst=(
            "กลุ่มประมงพื้นบ้านสี่หมู่บ้านปลูกหญ้าทะเลแล้วกว่า 30 ไร่ในสองปี นักวิจัยพบพะยูนกลับมาหากินในแปลงที่ฟื้นตัวแล้ว"
        ),
        hero_caption="แนวหญ้าทะเลในช่วงน้ำลงนอกชายฝั่งจังหวัดตรัง",
        hero_alt="ทะเลสีเขียวอมฟ้าในช่วงน้ำลง เห็นแนวหญ้าทะเลใต้ผิวน้ำตื้น",
        tags=("พะยูน", "หญ้าทะเล", "ตรัง", "ทะเลอันดามัน"),
        body=(
            p(
                "ช่วงน้ำลงต่ำสุดของเดือน ชาวประมงพื้นบ้านจากสี่หมู่บ้านในอำเภอกันตัง "
                "จังหวัดตรัง เดินลุยน้ำตื้นพร้อมตะกร้าต้นกล้าหญ้าทะเล "
                "เพื่อปลูกคืนแปลงที่เสื่อมโทรมไปในช่วงหลายปีที่ผ่านมา"
            ),
            p(
                "หญ้าทะเลเป็นอาหารหลักของพะยูน และเป็นที่อนุบาลของลูกปลา ลูกกุ้ง "
                "และปูหลายชนิด "
                "นักวิจัยระบุว่าตะกอนจากการก่อสร้างชายฝั่งและน้ำทะเลที่อุ่นขึ้นทำให้แปลงหญ้าทะ"
                "เลบางแห่งลดลงเกือบครึ่ง"
            ),
            quote(
                "สมัยพ่อผม หญ้าทะเลหนาจนเรือติด ปลาก็เยอะ ตอนนี้ต้องออกไปไกลกว่าเดิม "
                "ถ้าเราไม่ปลูกคืน ลูกหลานก็จะไม่มีอะไรให้จับ",
                "หมาด ทะเลงาม",
                "ประธานกลุ่มประมงพื้นบ้านบ้านแหลม",
            ),
            p(
                "ในสองปีที่ผ่านมา กลุ่มประมงปลูกหญ้าทะเลแล้วกว่า 30 ไร่ โดยเพาะต้นกล้าในกระชัง"
                "ใกล้หมู่บ้านก่อนย้ายลงแปลง และผลัดกันเฝ้าไม่ให้เรืออวนรุนเข้ามาในเขตอนุรักษ์"
            ),
            picture(
                "มือของชาวประมงกำลังปักต้นกล้าหญ้าทะเลลงในพื้นทรายใต้น้ำตื้น",
                "ชาวประมงปักต้นกล้าหญ้าทะเลในช่วงน้ำลงต่ำสุด",
            ),
            related(
                "who-earns-from-mangrove-carbon-credits",
                "wildlife-underpass-elephants",
            ),
            quote(
                "เราพบร่องรอยการกินของพะยูนในแปลงที่ปลูกเมื่อปีแรกแล้ว ซึ่งบอกว่าหญ้าทะเล"
                "ที่ชุมชนปลูกกลับมาทำหน้าที่ในระบบนิเวศได้จริง",
                "ดร.นิอร หมัดหลี",
                "นักวิจัยทรัพยากรชายฝั่ง ศูนย์วิจัยทะเลอันดามัน",
            ),
            p(
                "นักวิจัยใช้โดรนบินสำรวจทุกเดือน และพบพะยูนเข้ามาหากินในพื้นที่ใกล้แปลงปลูก"
                "บ่อยขึ้นในช่วงหกเดือนที่ผ่านมา แม้ยังเร็วเกินไปที่จะสรุปว่าจำนวนพะยูนเพิ่มขึ้น"
            ),
            p(
                "ความท้าทายคือต้นกล้าบางส่วนถูกคลื่นซัดหลุดในช่วงมรสุม "
                "กลุ่มประมงจึงทดลองปลูกในถุงทรายที่ย่อยสลายได้ "
                "ซึ่งช่วยให้อัตรารอดของต้นกล้าเพิ่มจากราวครึ่งหนึ่งเป็นเกือบสามในสี่"
            ),
            p("กลุ่มประมงกำลังขอทุนเพื่อขยายโรงเพาะกล้า และชวนโรงเรียนในพื้นที่ให้นักเรียนมาร่วมปลูกในช่วงปิดภาคเรียน"),
        ),
    ),
    en=Version(
        title="Trang fishers replant seagrass to bring back the dugongs' pasture",
        standfirst=(
            "Small-scale fishers from four villages have replanted more than 30 rai of "
            "seagrass in two years. Researchers have found dugongs feeding in the recovered "
            "beds."
        ),
        hero_caption="Seagrass beds at low tide off the coast of Trang.",
        hero_alt=(
            "Blue-green sea at low tide, with seagrass beds visible beneath the shallow water"
        ),
        tags=("Dugongs", "Seagrass", "Trang", "Andaman Sea"),
        body=(
            p(
                "At the lowest tide of the month, fishers from four villages in Kantang "
                "district, Trang, wade into the shallows with baskets of seagrass seedlings to "
                "replant beds that have thinned out over recent years."
            ),
            p(
                "Seagrass is the dugong's main food and a nursery for young fish, shrimp and "
                "crabs. Researchers say sediment from coastal construction and warmer water "
                "have shrunk some beds by almost half."
            ),
            quote(
                "In my father's time the seagrass was so thick boats got stuck, and there were "
                "plenty of fish. Now we have to go much further. If we don't replant, our "
                "grandchildren will have nothing to catch.",
                "Mad Talengam",
                "Head of the Ban Laem small-scale fishers' group",
            ),
            p(
                "Over two years the group has planted more than 30 rai, raising seedlings in "
                "cages near the village before moving them to the beds, and taking turns to "
                "keep push-net boats out of the protected zone."
            ),
            picture(
                "A fisher's hands pressing a seagrass seedling into sand under shallow water",
                "A fisher plants seagrass at the lowest tide.",
            ),
            related(
                "who-earns-from-mangrove-carbon-credits",
                "wildlife-underpass-elephants",
                "koh-tao-volunteer-divers-coral-bleaching",
            ),
            quote(
                "We have already found dugong feeding trails in beds planted in the first "
                "year, which tells us the community's seagrass is doing its job in the "
                "ecosystem.",
                "Dr Ni-on Madlee",
                "Coastal resources researcher, Andaman Marine Research Centre",
            ),
            p(
                "Researchers fly a drone over the area every month and have seen dugongs "
                "feeding near the planted beds more often in the past six months, though it "
                "is too early to say whether their numbers are rising."
            ),
            p(
                "Some seedlings wash out in the monsoon, so the group has started planting "
                "them in biodegradable sandbags, which has raised the survival rate from "
                "about half to nearly three-quarters."
            ),
            p(
                "The fishers are seeking money to expand their nursery and have invited local "
                "schools to send pupils to help plant during the holidays."
            ),
        ),
    ),
)
