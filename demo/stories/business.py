"""Demo stories for the Business section. Invented people and institutions; real places."""

from demo.schema import Story, Version, facts, h2, p, picture, quote, related

STORIES = (
    Story(
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
    ),
    Story(
        slug="durian-packers-cold-chain",
        section="business",
        hours_ago=27,
        authors=("sasithorn",),
        th=Version(
            title="ล้งทุเรียนจันทบุรีลงทุนห้องเย็น หวังส่งทุเรียนสดไปตลาดที่ไกลกว่าจีน",
            standfirst=(
                "ผู้ประกอบการรายกลางรวมกลุ่มกันสร้างห้องเย็นและห้องบ่มที่ควบคุมอุณหภูมิได้ "
                "เพื่อส่งทุเรียนทางเรือไปเกาหลีใต้และตะวันออกกลางโดยไม่ต้องพึ่งการขนส่งทางอากาศ"
            ),
            hero_caption="ทุเรียนหมอนทองในตะกร้ารอคัดขนาดที่ล้งแห่งหนึ่งในจันทบุรี",
            hero_alt="ผลทุเรียนในตะกร้าพลาสติกวางเรียงกันบนพื้นโรงคัดแยก",
            tags=("ทุเรียน", "จันทบุรี", "ส่งออก", "ห้องเย็น"),
            body=(
                p(
                    "ล้งทุเรียนขนาดกลางเจ็ดแห่งในจังหวัดจันทบุรีรวมเงินกันสร้างห้องเย็นและห้องบ่ม"
                    "ที่ควบคุมอุณหภูมิและความชื้นได้ มูลค่ารวมราว 120 ล้านบาท เพื่อส่งทุเรียนสด"
                    "ทางเรือไปตลาดที่ไกลกว่าจีน"
                ),
                p(
                    "ที่ผ่านมาทุเรียนสดที่ส่งไปเกาหลีใต้และตะวันออกกลางต้องขนส่งทางอากาศ "
                    "ซึ่งมีต้นทุนสูงจนผู้ส่งออกรายเล็กแข่งขันไม่ได้ "
                    "การขนส่งทางเรือที่ใช้เวลาสองถึงสามสัปดาห์ต้องอาศัยการควบคุมความสุกของผลอย่างแ"
                    "ม่นยำ"
                ),
                quote(
                    "ทุเรียนเป็นผลไม้ที่ไม่รอใคร ถ้าคุมความเย็นพลาดไปไม่กี่องศา ถึงปลายทาง"
                    "ก็สุกเกินขายไม่ได้ ห้องเย็นคือหัวใจของธุรกิจนี้",
                    "วิภาวรรณ จันทร์หอม",
                    "ผู้จัดการกลุ่มล้งทุเรียนตะวันออก",
                ),
                picture(
                    "พนักงานเข็นรถบรรทุกกล่องทุเรียนเข้าห้องเย็นที่มีม่านพลาสติกกั้นหน้าประตู",
                    "กล่องทุเรียนถูกนำเข้าห้องเย็นก่อนบรรจุลงตู้คอนเทนเนอร์",
                ),
                p(
                    "กลุ่มล้งทดลองส่งทุเรียนทางเรือไปเกาหลีใต้แล้วสามตู้คอนเทนเนอร์ ผลที่ถึงปลายทาง"
                    "เสียหายไม่ถึงร้อยละ 3 ซึ่งใกล้เคียงกับการขนส่งทางอากาศ แต่ต้นทุนต่ำกว่าเกือบ"
                    "สี่เท่า"
                ),
                related(
                    "can-app-loans-rescue-small-shops",
                    "nan-highland-coffee-cooperative",
                ),
                p(
                    "เกษตรกรชาวสวนหวังว่าตลาดที่หลากหลายขึ้นจะช่วยลดความเสี่ยงจากการพึ่งพาผู้ซื้อร"
                    "ายใหญ่เพียงประเทศเดียว "
                    "ซึ่งทำให้ราคาหน้าสวนผันผวนตามการตรวจสินค้าที่ด่านปลายทาง"
                ),
                quote(
                    "ถ้าวันไหนด่านปลายทางเข้มงวด ราคาหน้าสวนตกทันที มีตลาดที่สองที่สามไว้ชาวสวนก็มีทางเลือก",
                    "ดร.ธนวัฒน์ ศรีสุข",
                    "นักวิจัยเศรษฐศาสตร์การเกษตร สถาบันวิจัยผลไม้ภาคตะวันออก",
                ),
                p(
                    "ธนาคารรัฐแห่งหนึ่งให้สินเชื่อดอกเบี้ยต่ำสำหรับการสร้างห้องเย็นบางส่วน "
                    "โดยมีเงื่อนไขว่ากลุ่มล้งต้องรับซื้อทุเรียนจากสวนขนาดเล็กไม่ต่ำกว่าครึ่งหนึ่งข"
                    "องปริมาณที่ส่งออก"
                ),
                p("กลุ่มล้งวางแผนส่งทุเรียนทางเรือให้ได้ 200 ตู้ในฤดูกาลหน้า และกำลังเจรจากับผู้นำเข้าในดูไบและโดฮา"),
            ),
        ),
        en=Version(
            title="Chanthaburi durian packers invest in cold rooms to ship beyond China",
            standfirst=(
                "Medium-sized packing houses have clubbed together to build temperature-controlled "
                "cold and ripening rooms, so durian can go by sea to South Korea and the Gulf "
                "instead of by air."
            ),
            hero_caption="Monthong durian in baskets waiting to be graded at a Chanthaburi "
            "packing house.",
            hero_alt="Durians in plastic baskets lined up on the floor of a sorting shed",
            tags=("Durian", "Chanthaburi", "Exports", "Cold chain"),
            body=(
                p(
                    "Seven medium-sized durian packing houses in Chanthaburi have pooled about 120 "
                    "million baht to build cold rooms and ripening rooms that control temperature "
                    "and humidity, so they can ship fresh durian by sea to markets beyond China."
                ),
                p(
                    "Until now, fresh durian for South Korea and the Gulf has gone by air, at a "
                    "cost small exporters cannot match. A voyage of two to three weeks needs "
                    "precise control of how fast the fruit ripens."
                ),
                quote(
                    "Durian waits for no one. Get the cold wrong by a few degrees and it arrives "
                    "overripe and unsellable. The cold room is the heart of this business.",
                    "Wipawan Chanhom",
                    "Manager, Eastern Durian Packers Group",
                ),
                picture(
                    "A worker wheels a trolley of durian boxes into a cold room behind a plastic "
                    "strip curtain",
                    "Boxes of durian go into the cold room before being packed into containers.",
                ),
                p(
                    "The group has sent three trial containers to South Korea by sea. Less than 3 "
                    "per cent of the fruit arrived damaged, close to the rate for air freight, at "
                    "almost a quarter of the cost."
                ),
                related(
                    "can-app-loans-rescue-small-shops",
                    "nan-highland-coffee-cooperative",
                ),
                p(
                    "Growers hope more varied markets will reduce the risk of relying on one big "
                    "buyer, which makes orchard-gate prices swing with inspections at a single "
                    "border."
                ),
                quote(
                    "On a day when the border checks get strict, orchard prices drop at once. With "
                    "a second and third market, growers have a choice.",
                    "Dr Thanawat Srisuk",
                    "Agricultural economist, Eastern Fruit Research Institute",
                ),
                p(
                    "A state bank lent part of the money at a low rate, on condition that at least "
                    "half the fruit exported comes from smallholders' orchards."
                ),
                p(
                    "The group plans to ship 200 containers by sea next season and is in talks "
                    "with importers in Dubai and Doha."
                ),
            ),
        ),
    ),
    Story(
        slug="can-app-loans-rescue-small-shops",
        section="business",
        hours_ago=70,
        authors=("sasithorn", "piyanuch"),
        th=Version(
            title="สินเชื่อผ่านแอปจะช่วยร้านค้ารายย่อย หรือยิ่งทำให้หนี้พอกพูน?",
            standfirst=(
                "ร้านโชห่วยและแม่ค้าออนไลน์หันมากู้ผ่านแอปที่อนุมัติในไม่กี่นาที ดอกเบี้ยต่ำกว่า"
                "หนี้นอกระบบ แต่สูงกว่าธนาคาร นักวิชาการเตือนเรื่องการกู้ซ้อน"
            ),
            hero_caption="ร้านขายของชำในซอยย่านฝั่งธนบุรีที่เจ้าของเคยกู้เงินผ่านแอป",
            hero_alt="หน้าร้านขายของชำเล็ก ๆ ที่มีสินค้าวางแน่นบนชั้น",
            tags=("สินเชื่อ", "ธุรกิจรายย่อย", "ฟินเทค"),
            body=(
                p(
                    "เช้าวันหนึ่ง อำไพ ศรีนวล เจ้าของร้านขายของชำในซอยย่านฝั่งธนบุรี ต้องการเงิน "
                    "20,000 บาทเพื่อสต๊อกน้ำดื่มก่อนหน้าร้อน เธอกรอกข้อมูลในแอปบนโทรศัพท์ "
                    "และได้เงินเข้าบัญชีภายในสิบห้านาที"
                ),
                p(
                    "สินเชื่อผ่านแอปสำหรับร้านค้ารายย่อยเติบโตเร็วในช่วงสองปีที่ผ่านมา ผู้ให้บริการ"
                    "ใช้ข้อมูลยอดขายผ่านคิวอาร์โค้ดและประวัติการจ่ายบิลแทนหลักทรัพย์ค้ำประกัน"
                    "ทำให้ร้านที่ไม่เคยกู้ธนาคารได้ก็เข้าถึงเงินได้"
                ),
                quote(
                    "เมื่อก่อนต้องกู้เงินกู้รายวัน ร้อยละยี่สิบต่อเดือน ตอนนี้ดอกเบี้ยถูกกว่าเยอะ "
                    "แต่มันง่ายเกินไปจนบางเดือนเผลอกดกู้ทั้งที่ไม่จำเป็น",
                    "อำไพ ศรีนวล",
                    "เจ้าของร้านขายของชำ",
                ),
                p(
                    "อัตราดอกเบี้ยของสินเชื่อผ่านแอปส่วนใหญ่อยู่ที่ร้อยละ 18 ถึง 33 ต่อปี "
                    "ต่ำกว่าหนี้นอกระบบหลายเท่า แต่สูงกว่าสินเชื่อธุรกิจของธนาคาร"
                ),
                related("household-debt-survey", "sim-card-limit-call-centre-scams"),
                h2("ความเสี่ยงของการกู้ซ้อน"),
                p(
                    "นักวิชาการกังวลว่าการอนุมัติที่รวดเร็วทำให้ผู้กู้บางรายกู้จากหลายแอปพร้อมกัน "
                    "โดยที่ผู้ให้กู้แต่ละรายไม่เห็นภาระหนี้ทั้งหมด เพราะข้อมูลบางส่วนไม่ได้ส่งเข้า"
                    "ระบบข้อมูลเครดิตกลาง"
                ),
                quote(
                    "ปัญหาไม่ใช่ตัวแอป แต่เป็นการที่ไม่มีใครเห็นภาพรวมหนี้ของคนคนหนึ่ง "
                    "ถ้าข้อมูลไม่ถูกรวมกัน การกู้ซ้อนจะเป็นระเบิดเวลา",
                    "รศ.ดร.สมศรี ชัยภรณ์",
                    "อาจารย์ด้านการเงินครัวเรือน มหาวิทยาลัยแม่กลองพัฒนา",
                ),
                p(
                    "ผู้ให้บริการรายใหญ่สองรายระบุว่าได้เริ่มส่งข้อมูลสินเชื่อเข้าระบบข้อมูลเครดิต"
                    "แล้ว และจำกัดวงเงินตามยอดขายจริงของร้าน"
                ),
                p(
                    "สำหรับอำไพ เธอลบแอปกู้เงินออกไปสองแอป เหลือไว้แอปเดียว และตั้งกฎกับตัวเองว่า"
                    "จะกู้เฉพาะตอนซื้อสินค้าเข้าร้านเท่านั้น"
                ),
            ),
        ),
        en=Version(
            title="Can app-based loans rescue small shops, or will they deepen the debt?",
            standfirst=(
                "Corner shops and online sellers are borrowing through apps that approve loans in "
                "minutes, cheaper than loan sharks but dearer than banks. Academics warn of "
                "stacked loans."
            ),
            hero_caption="A grocery shop in a Thonburi side street whose owner has borrowed "
            "through an app.",
            hero_alt="The front of a small grocery shop, its shelves tightly packed with goods",
            tags=("Loans", "Small business", "Fintech"),
            body=(
                p(
                    "One morning, Ampai Srinuan, who runs a grocery shop in a Thonburi side "
                    "street, needed 20,000 baht to stock up on drinking water before the hot "
                    "season. She filled in a form on her phone, and the money reached her account "
                    "in fifteen minutes."
                ),
                p(
                    "App-based lending to small shops has grown fast over the past two years. "
                    "Lenders use QR-code sales and bill payment history instead of collateral, so "
                    "shops that never qualified for a bank loan can now borrow."
                ),
                quote(
                    "I used to borrow from daily lenders at 20 per cent a month. This is much "
                    "cheaper, but it is so easy that some months I borrowed when I didn't need to.",
                    "Ampai Srinuan",
                    "Grocery shop owner",
                ),
                p(
                    "Most app loans charge 18 to 33 per cent a year: several times less than "
                    "informal lenders, but more than a bank business loan."
                ),
                related("sim-card-limit-call-centre-scams"),
                h2("The risk of stacking"),
                p(
                    "Academics worry that quick approval lets some borrowers take loans from "
                    "several apps at once, while no lender sees the whole debt, because not all "
                    "the data reaches the central credit bureau."
                ),
                quote(
                    "The problem is not the apps. It is that nobody sees the full picture of one "
                    "person's debts. If the data is not brought together, stacked loans are a time "
                    "bomb.",
                    "Assoc Prof Somsri Chaiyaporn",
                    "Household finance lecturer, Mae Klong Pattana University",
                ),
                p(
                    "Two of the largest lenders say they have begun reporting loans to the credit "
                    "bureau and cap limits according to a shop's actual sales."
                ),
                p(
                    "Ampai has deleted two of her loan apps and kept one. Her rule now is to "
                    "borrow only to buy stock."
                ),
            ),
        ),
    ),
    Story(
        slug="household-debt-survey",
        section="business",
        hours_ago=96,
        authors=("sasithorn",),
        th=Version(
            title="ผลสำรวจพบครัวเรือนรายได้น้อยกู้หนี้นอกระบบเพิ่ม เพื่อจ่ายค่าเทอมและค่ารักษาพยาบาล",
            standfirst=(
                "การสำรวจครัวเรือน 4,000 ครัวเรือนพบว่าหนึ่งในสี่ของครัวเรือนรายได้ต่ำกว่า "
                "15,000 บาทต่อเดือนมีหนี้นอกระบบ เพิ่มขึ้นจากปีก่อนเกือบห้าจุด"
            ),
            hero_caption="ตลาดสดช่วงเช้าในนครราชสีมา ที่แม่ค้าหลายรายบอกว่ามีหนี้รายวัน",
            hero_alt="แผงขายผักในตลาดสดยามเช้า มีแม่ค้านั่งรอลูกค้า",
            tags=("หนี้ครัวเรือน", "หนี้นอกระบบ", "ค่าครองชีพ"),
            body=(
                p(
                    "ผลสำรวจของสถาบันวิจัยนโยบายเศรษฐกิจลุ่มเจ้าพระยาซึ่งสอบถามครัวเรือน 4,000 "
                    "ครัวเรือนทั่วประเทศพบว่า ร้อยละ 26 ของครัวเรือนที่มีรายได้ต่ำกว่า 15,000 บาท"
                    "ต่อเดือนมีหนี้นอกระบบ เพิ่มขึ้นจากร้อยละ 21 เมื่อปีก่อน"
                ),
                p(
                    "เหตุผลที่ผู้ตอบแบบสำรวจให้มากที่สุดคือค่าเล่าเรียนของลูก "
                    "รองลงมาคือค่ารักษาพยาบาลที่ไม่อยู่ในสิทธิ์ "
                    "และค่าใช้จ่ายจำเป็นในช่วงที่รายได้ขาดหาย เช่น ช่วงรอผลผลิต"
                ),
                facts(
                    "หนี้ของครัวเรือนรายได้น้อย",
                    (
                        "26% มีหนี้นอกระบบ (ปีก่อน 21%)",
                        "ดอกเบี้ยหนี้นอกระบบเฉลี่ยราว 10-20% ต่อเดือน",
                        "เหตุผลอันดับหนึ่ง: ค่าเล่าเรียนของลูก",
                        "ครึ่งหนึ่งของผู้มีหนี้นอกระบบมีหนี้ในระบบด้วย",
                    ),
                    "สถาบันวิจัยนโยบายเศรษฐกิจลุ่มเจ้าพระยา",
                ),
                quote(
                    "คนไม่ได้กู้นอกระบบเพราะไม่รู้ว่าดอกเบี้ยแพง แต่เพราะเป็นเงินก้อนเดียว"
                    "ที่ได้ทันทีในวันที่ต้องใช้ โดยไม่ต้องมีเอกสาร",
                    "ดร.นภัสสร บุญประเสริฐ",
                    "ผู้อำนวยการวิจัย สถาบันวิจัยนโยบายเศรษฐกิจลุ่มเจ้าพระยา",
                ),
                p(
                    "การสำรวจยังพบว่าครึ่งหนึ่งของผู้ที่มีหนี้นอกระบบมีหนี้ในระบบอยู่แล้ว เช่น "
                    "บัตรกดเงินสดหรือสินเชื่อรถจักรยานยนต์ และใช้หนี้นอกระบบเพื่อจ่ายค่างวดของหนี้"
                    "ในระบบ"
                ),
                related(
                    "why-rents-near-new-train-lines-rise-faster-than-wages",
                    "motorbike-taxi-battery-swaps",
                ),
                p(
                    "ผู้วิจัยเสนอให้ขยายสินเชื่อฉุกเฉินวงเงินเล็กที่อนุมัติเร็วผ่านธนาคารรัฐและสหก"
                    "รณ์ และให้โรงเรียนผ่อนชำระค่าธรรมเนียมได้เป็นงวดโดยไม่มีดอกเบี้ย"
                ),
                quote(
                    "ถ้าโรงเรียนให้ผ่อนค่าเทอมได้สามงวด แม่ค้าหลายคนในตลาดนี้ไม่ต้องไปหาเงินกู้รายวันเลย",
                    "ละเอียด มาลัยทอง",
                    "ประธานกลุ่มออมทรัพย์แม่ค้าตลาดสด นครราชสีมา",
                ),
                p("สถาบันฯ จะเผยแพร่ข้อมูลรายภาคฉบับเต็มในเดือนหน้า พร้อมข้อเสนอเชิงนโยบาย"),
                p("ผู้ที่ถูกทวงหนี้ด้วยวิธีข่มขู่สามารถแจ้งความกับเจ้าหน้าที่ตำรวจได้ ตามกฎหมายว่าด้วยการทวงถามหนี้"),
            ),
        ),
    ),
    Story(
        slug="nan-highland-coffee-cooperative",
        section="business",
        hours_ago=150,
        authors=("nattawut",),
        th=Version(
            title="สหกรณ์กาแฟบนดอยในน่านขายตรงให้ร้านในกรุงเทพฯ ได้ราคาดีกว่าขายผ่านพ่อค้าคนกลางเกือบเท่าตัว",
            standfirst=(
                "สมาชิก 60 ครัวเรือนรวมกันคั่วและบรรจุเมล็ดกาแฟเอง ส่งตรงถึงร้านกาแฟกว่า 30 ร้าน "
                "คนรุ่นใหม่เริ่มกลับมาทำสวนกาแฟแทนการไปทำงานในเมือง"
            ),
            hero_caption="สวนกาแฟใต้ร่มไม้ใหญ่บนดอยในอำเภอสองแคว จังหวัดน่าน",
            hero_alt="ต้นกาแฟใต้ร่มไม้ใหญ่บนไหล่เขา ผลกาแฟสีแดงเต็มกิ่ง",
            tags=("กาแฟ", "น่าน", "สหกรณ์"),
            body=(
                p(
                    "สหกรณ์ผู้ปลูกกาแฟบ้านห้วยทรายขาวในอำเภอสองแคว จังหวัดน่าน เริ่มขายเมล็ดกาแฟ"
                    "คั่วตรงให้ร้านกาแฟในกรุงเทพฯ และเชียงใหม่ตั้งแต่ปีที่แล้ว และได้ราคาเฉลี่ย"
                    "กิโลกรัมละเกือบเท่าตัวของที่เคยขายเมล็ดดิบให้พ่อค้าคนกลาง"
                ),
                p(
                    "สมาชิก 60 ครัวเรือนลงขันซื้อเครื่องคั่วขนาดเล็กและเครื่องบรรจุ "
                    "และส่งคนรุ่นใหม่ไปเรียนการคั่วและการชิมกาแฟ "
                    "เพื่อคุมคุณภาพของแต่ละล็อตให้คงที่"
                ),
                picture(
                    "มือคนคัดเมล็ดกาแฟสีเขียวบนกระด้งไม้ไผ่",
                    "สมาชิกสหกรณ์คัดเมล็ดกาแฟที่มีตำหนิออกก่อนนำไปคั่ว",
                ),
                quote(
                    "เมื่อก่อนเราไม่รู้ด้วยซ้ำว่ากาแฟของเราไปอยู่ในแก้วของใคร ตอนนี้เจ้าของร้าน"
                    "ขึ้นมาดูสวน ชิมกาแฟกับเรา และบอกว่าล็อตไหนอร่อย",
                    "อาทิตย์ แซ่ลี",
                    "ผู้จัดการสหกรณ์ผู้ปลูกกาแฟบ้านห้วยทรายขาว",
                ),
                p(
                    "รายได้ที่เพิ่มขึ้นทำให้คนหนุ่มสาวหลายคนที่เคยไปทำงานโรงงานในภาคกลางกลับมา"
                    "ดูแลสวนกาแฟของครอบครัว และบางส่วนเปิดบ้านพักให้นักท่องเที่ยวที่อยากเห็นการเก็บ"
                    "และแปรรูปกาแฟ"
                ),
                related("nan-village-telemedicine", "ubon-community-solar-cooperative"),
                quote(
                    "กาแฟที่ปลูกใต้ร่มไม้ยังช่วยรักษาป่าต้นน้ำ ถ้าชาวบ้านมีรายได้จากสวนกาแฟ"
                    "ก็ไม่ต้องขยายไร่ข้าวโพดขึ้นไปบนเขา",
                    "ดร.ปรางทิพย์ คำแสน",
                    "นักวิจัยระบบวนเกษตร ศูนย์วิจัยพื้นที่สูงล้านนา",
                ),
                p(
                    "ความท้าทายคือปริมาณ สหกรณ์ผลิตได้ปีละราว 12 ตัน "
                    "ซึ่งยังไม่พอสำหรับร้านที่ต้องการสั่งซื้อประจำ "
                    "และสภาพอากาศที่แปรปรวนทำให้ผลผลิตปีที่แล้วลดลงเกือบหนึ่งในห้า"
                ),
                p(
                    "ร้านกาแฟที่สั่งซื้อประจำบางร้านยอมจ่ายเงินล่วงหน้าบางส่วนตั้งแต่ต้นฤดู "
                    "เพื่อให้สหกรณ์มีเงินจ้างแรงงานเก็บผลกาแฟโดยไม่ต้องกู้"
                ),
                p("สหกรณ์วางแผนรับสมาชิกเพิ่มจากหมู่บ้านใกล้เคียง และทดลองขายออนไลน์ให้ผู้บริโภคโดยตรงในปีหน้า"),
            ),
        ),
        en=Version(
            title="Nan hill-farm coffee cooperative sells direct to Bangkok cafés and almost "
            "doubles its price",
            standfirst=(
                "Sixty households roast and pack their own beans and ship them to more than 30 "
                "cafés. Young people are coming home to grow coffee instead of working in the city."
            ),
            hero_caption="Shade-grown coffee on a hillside in Song Khwae district, Nan.",
            hero_alt=(
                "Coffee plants in the shade of tall trees on a hillside, their branches heavy with "
                "red coffee cherries"
            ),
            tags=("Coffee", "Nan", "Cooperatives"),
            body=(
                p(
                    "The Ban Huai Sai Khao coffee growers' cooperative in Song Khwae district, "
                    "Nan, began selling roasted beans directly to cafés in Bangkok and Chiang Mai "
                    "last year, and now earns almost twice as much per kilogram as it used to get "
                    "selling green beans to middlemen."
                ),
                p(
                    "The 60 member households pooled money for a small roaster and a packing "
                    "machine, and sent young members to learn roasting and cupping so that every "
                    "lot tastes consistent."
                ),
                picture(
                    "Hands sorting green coffee beans on a bamboo tray",
                    "A cooperative member picks out flawed beans before roasting.",
                ),
                quote(
                    "We used to have no idea whose cup our coffee ended up in. Now café owners "
                    "come up to see the farms, taste with us and tell us which lot they liked.",
                    "Athit Saelee",
                    "Manager, Ban Huai Sai Khao coffee growers' cooperative",
                ),
                p(
                    "The extra income has brought back young people who had gone to work in "
                    "factories in the central region. Some now host visitors who want to see "
                    "coffee picked and processed."
                ),
                related("nan-village-telemedicine"),
                quote(
                    "Coffee grown under trees also protects the watershed forest. If villagers "
                    "earn from coffee, they do not need to push maize fields further up the hills.",
                    "Dr Prangthip Khamsaen",
                    "Agroforestry researcher, Lanna Highland Research Centre",
                ),
                p(
                    "The challenge is volume. The cooperative produces about 12 tonnes a year, not "
                    "enough for cafés wanting regular orders, and erratic weather cut last year's "
                    "crop by almost a fifth."
                ),
                p(
                    "Some regular customers now pay part of the price at the start of the season, "
                    "so the cooperative can hire pickers without borrowing."
                ),
                p(
                    "It plans to take in members from nearby villages and to try selling online "
                    "directly to coffee drinkers next year."
                ),
            ),
        ),
    ),
    Story(
        slug="motorbike-taxi-battery-swaps",
        section="business",
        hours_ago=360,
        authors=("sasithorn", "piyanuch"),
        th=Version(
            title="วินมอเตอร์ไซค์ไฟฟ้าเปลี่ยนแบตเตอรี่สามนาทีที่ตู้ข้างวิน ผู้ขับบอกประหยัดค่าน้ำมันวันละร้อยบาท",
            standfirst=(
                "ตู้สลับแบตเตอรี่กว่า 200 ตู้ในกรุงเทพฯ และปริมณฑลทำให้ผู้ขับรถจักรยานยนต์รับจ้าง"
                "เปลี่ยนมาใช้รถไฟฟ้าได้โดยไม่ต้องรอชาร์จ แต่ค่าเช่ารถรายวันยังเป็นภาระ"
            ),
            hero_caption="ตู้สลับแบตเตอรี่ข้างวินรถจักรยานยนต์รับจ้างปากซอย",
            hero_alt="ตู้สลับแบตเตอรี่สีขาวติดผนังข้างวินรถจักรยานยนต์ มีรถไฟฟ้าจอดรอ",
            tags=("รถจักรยานยนต์ไฟฟ้า", "พลังงาน", "อาชีพอิสระ"),
            body=(
                p(
                    "สมชาย ปานทอง ขับรถจักรยานยนต์รับจ้างที่ปากซอยในย่านลาดพร้าวมาสิบห้าปี "
                    "เมื่อหกเดือนก่อนเขาเปลี่ยนมาใช้รถไฟฟ้าแบบเช่ารายวัน เมื่อแบตเตอรี่ใกล้หมด "
                    "เขาเดินไปที่ตู้ข้างวิน ดึงก้อนเก่าออก ใส่ก้อนใหม่ "
                    "และกลับไปรับผู้โดยสารภายในสามนาที"
                ),
                p(
                    "ผู้ให้บริการสลับแบตเตอรี่สามรายติดตั้งตู้แล้วกว่า 200 ตู้ในกรุงเทพฯ "
                    "และปริมณฑล ส่วนใหญ่อยู่ใกล้วินรถจักรยานยนต์ ปั๊มน้ำมัน และร้านสะดวกซื้อ"
                ),
                quote(
                    "ค่าน้ำมันเคยวันละร้อยห้าสิบ ตอนนี้ค่าสลับแบตวันละห้าสิบกว่าบาท เงินที่เหลือ"
                    "ก็เอาไปจ่ายค่าเช่ารถ ยังเหลือมากกว่าเดิมนิดหน่อย",
                    "สมชาย ปานทอง",
                    "ผู้ขับรถจักรยานยนต์รับจ้าง ย่านลาดพร้าว",
                ),
                p(
                    "แต่ผู้ขับอีกหลายคนยังลังเล "
                    "เพราะค่าเช่ารถรายวันรวมค่าแบตเตอรี่ทำให้ต้นทุนต่อวันไม่ต่างจากรถน้ำมันมากนัก "
                    "และรถยังไม่ใช่ของตัวเองแม้จะเช่ามาหลายปี"
                ),
                related("ubon-community-solar-cooperative"),
                quote(
                    "จุดคุ้มทุนของผู้ขับอยู่ที่ระยะทางต่อวัน คนที่วิ่งเกินหกสิบกิโลเมตรได้ประโยชน์ชัด แต่คนที่วิ่งน้อยอาจยังไม่คุ้ม",
                    "ดร.พีรพงษ์ อุดมสุข",
                    "นักวิจัยนโยบายพลังงาน สถาบันพลังงานสะอาดแห่งเอเชีย",
                ),
                p(
                    "ผู้ให้บริการรายหนึ่งเริ่มทดลองโครงการเช่าซื้อ "
                    "โดยให้ผู้ขับเป็นเจ้าของรถหลังผ่อนครบสามปี "
                    "และเสนอส่วนลดค่าสลับแบตเตอรี่ในช่วงกลางวันที่ตู้มีแบตเตอรี่เต็มมาก"
                ),
                p(
                    "ปัญหาอีกเรื่องคือตู้สลับแบตเตอรี่ยังกระจุกอยู่ในเขตเมืองชั้นใน "
                    "ผู้ขับที่รับผู้โดยสารไปชานเมืองบางครั้งต้องวิ่งรถเปล่ากลับมาเปลี่ยนแบตเตอรี่ "
                    "ทำให้เสียรายได้"
                ),
                p(
                    "สมาคมผู้ขับรถจักรยานยนต์รับจ้างเรียกร้องให้มีมาตรฐานแบตเตอรี่กลาง เพื่อให้รถ"
                    "ทุกยี่ห้อใช้ตู้ของผู้ให้บริการรายใดก็ได้"
                ),
            ),
        ),
        en=Version(
            title="Electric motorbike taxis swap batteries in three minutes, and riders save "
            "100 baht a day on fuel",
            standfirst=(
                "More than 200 swap cabinets in and around Bangkok let motorbike taxi riders go "
                "electric without waiting to charge. The daily rental is still a burden."
            ),
            hero_caption="A battery swap cabinet beside a motorbike taxi rank at the end of a soi.",
            hero_alt=(
                "A white battery swap cabinet mounted on a wall beside a motorbike taxi rank, with "
                "electric motorbikes parked and waiting"
            ),
            tags=("Electric motorbikes", "Energy", "Gig work"),
            body=(
                p(
                    "Somchai Panthong has driven a motorbike taxi from the mouth of a soi in Lat "
                    "Phrao for fifteen years. Six months ago he switched to a rented electric "
                    "bike. When the battery runs low, he walks to the cabinet beside the rank, "
                    "pulls out the old pack, slots in a fresh one and is back carrying passengers "
                    "within three minutes."
                ),
                p(
                    "Three battery-swap companies have installed more than 200 cabinets in and "
                    "around Bangkok, mostly near taxi ranks, petrol stations and convenience "
                    "stores."
                ),
                quote(
                    "Fuel used to cost me 150 baht a day. Swapping costs just over 50. The "
                    "difference pays the bike rental and I still have a little more than before.",
                    "Somchai Panthong",
                    "Motorbike taxi rider, Lat Phrao",
                ),
                p(
                    "Many other riders are holding back: the daily rental plus battery fees make "
                    "the cost per day not much lower than petrol, and the bike is never theirs, "
                    "however many years they rent it."
                ),
                quote(
                    "The break-even point is distance. Riders who cover more than sixty kilometres "
                    "a day clearly gain; those who ride less may not.",
                    "Dr Peerapong Udomsuk",
                    "Energy policy researcher, Asian Clean Energy Institute",
                ),
                p(
                    "One company is trying a hire-purchase scheme under which riders own the bike "
                    "after three years of payments, with cheaper swaps in the middle of the day "
                    "when cabinets are full."
                ),
                p(
                    "Another problem is that the cabinets cluster in the inner city. Riders who "
                    "take passengers out to the suburbs sometimes have to ride back empty to "
                    "swap, and lose fares."
                ),
                p(
                    "The motorbike taxi riders' association is calling for a common battery "
                    "standard, so that any brand of bike can use any company's cabinets."
                ),
            ),
        ),
    ),
)
