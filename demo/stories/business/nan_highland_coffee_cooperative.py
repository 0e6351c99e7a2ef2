"""A demo story for the Business section. Invented people and institutions; real places."""

from demo.schema import Story, Version, p, picture, quote, related

STORY = Story(
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
                "กาแฟที่ปลูกใต้ร่มไม้ยังช่วยรักษาป่าต้นน้ำ ถ้าชาวบ้านมีรายได้จากสวนกาแฟก็ไม่ต้องขยายไร่ข้าวโพดขึ้นไปบนเขา",
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
)
