"""A demo story for the Business section. Invented people and institutions; real places."""

from demo.schema import Story, Version, h2, p, quote, related

STORY = Story(
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
)
