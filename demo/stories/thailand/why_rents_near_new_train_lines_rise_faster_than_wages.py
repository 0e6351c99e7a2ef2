"""A demo story for the Thailand section. Invented people and institutions; real places."""

from demo.schema import Story, Version, facts, h2, p, quote, related

STORY = Story(
    slug="why-rents-near-new-train-lines-rise-faster-than-wages",
    section="thailand",
    hours_ago=300,
    authors=("wannapa", "sasithorn"),
    th=Version(
        title="ทำไมค่าเช่าห้องริมรถไฟฟ้าสายใหม่จึงขึ้นเร็วกว่าค่าแรง และผู้เช่ารายได้น้อยจะย้ายไปอยู่ที่ไหน?",
        standfirst=(
            "ค่าเช่าห้องพักในรัศมีหนึ่งกิโลเมตรจากสถานีใหม่ขึ้นเฉลี่ยร้อยละ 18 ในสองปี "
            "ขณะที่ค่าแรงขั้นต่ำขึ้นไม่ถึงร้อยละ 6 ผู้เช่าหลายรายต้องย้ายออกไปไกลขึ้น"
            "และใช้เวลาเดินทางนานขึ้น"
        ),
        hero_caption="อพาร์ตเมนต์ย่านชานเมืองใกล้สถานีรถไฟฟ้าที่เพิ่งเปิดให้บริการ",
        hero_alt="แนวตึกอพาร์ตเมนต์ใต้รางรถไฟฟ้ายกระดับยามพลบค่ำ",
        tags=("ที่อยู่อาศัย", "ค่าเช่า", "รถไฟฟ้า", "กรุงเทพฯ"),
        body=(
            p(
                "เมื่อสองปีก่อน มาลัย ทองดี จ่ายค่าห้องเดือนละ 3,500 บาท ในซอยที่ห่างจากแนว"
                "ก่อสร้างรถไฟฟ้าไม่ถึงหนึ่งกิโลเมตร วันนี้สถานีเปิดแล้ว และเจ้าของหอแจ้งว่า"
                "ค่าเช่ารอบใหม่จะเป็น 4,300 บาท"
            ),
            p(
                "การสำรวจของศูนย์ศึกษาเมืองและแรงงานพบว่าค่าเช่าห้องพักรายเดือนในรัศมีหนึ่ง"
                "กิโลเมตรจากสถานีใหม่ห้าแห่งขึ้นเฉลี่ยร้อยละ 18 ในสองปี ขณะที่ค่าแรงขั้นต่ำ"
                "ในช่วงเดียวกันขึ้นไม่ถึงร้อยละ 6"
            ),
            h2("ใครได้ประโยชน์จากสถานีใหม่"),
            p(
                "เจ้าของที่ดินและหอพักได้ประโยชน์ชัดเจนที่สุด หอพักเก่าหลายแห่งถูกปรับปรุงเป็น"
                "ห้องพักสำหรับพนักงานออฟฟิศที่ยอมจ่ายแพงขึ้นเพื่อแลกกับการเดินทางที่เร็วขึ้น"
            ),
            quote(
                "รถไฟฟ้าทำให้ที่ดินมีมูลค่าขึ้น ซึ่งไม่ผิด "
                "แต่ถ้าไม่มีที่อยู่ราคาเข้าถึงได้ใกล้สถานี "
                "คนที่ต้องการรถไฟฟ้ามากที่สุดจะเป็นคนที่ใช้มันได้น้อยที่สุด",
                "ดร.พิมพ์ลภัส เรืองชัย",
                "นักวิจัยด้านเศรษฐกิจนอกระบบ ศูนย์ศึกษาเมืองและแรงงาน",
            ),
            related("motorbike-taxi-battery-swaps", "ubon-community-solar-cooperative"),
            p(
                "ผู้เช่าที่ย้ายออกส่วนใหญ่ไปอยู่ไกลขึ้นอีกสามถึงห้ากิโลเมตร "
                "และต้องต่อวินจักรยานยนต์หรือรถสองแถวมาที่สถานี "
                "ค่าเดินทางรายวันที่เพิ่มขึ้นกินส่วนต่างค่าเช่าที่ประหยัดได้เกือบทั้งหมด"
            ),
            h2("ทางออกที่เป็นไปได้"),
            p(
                "นักวางแผนเมืองเสนอให้รัฐกำหนดสัดส่วนห้องพักราคาประหยัดในโครงการใหม่ใกล้สถานี "
                "และให้สิทธิประโยชน์ทางภาษีกับเจ้าของหอพักที่ตรึงค่าเช่าให้ผู้เช่าเดิม"
            ),
            facts(
                "ค่าเช่าริมสถานีใหม่",
                (
                    "ค่าเช่าในรัศมี 1 กม. จากสถานีใหม่ขึ้นเฉลี่ย 18% ในสองปี",
                    "ค่าแรงขั้นต่ำช่วงเดียวกันขึ้นไม่ถึง 6%",
                    "ผู้เช่าที่ย้ายออกไปอยู่ไกลขึ้นเฉลี่ย 3-5 กม.",
                ),
                "ศูนย์ศึกษาเมืองและแรงงาน",
            ),
            p(
                "สำหรับมาลัย เธอยังไม่ได้ตัดสินใจ ห้องใหม่ที่ไกลออกไปถูกกว่า 900 บาท "
                "แต่เธอต้องออกจากบ้านเร็วขึ้นเกือบชั่วโมงเพื่อไปให้ทันกะเช้าที่โรงพยาบาล"
            ),
        ),
    ),
    en=Version(
        title="Why are rents near Bangkok's new train lines rising faster than wages, "
        "and where will low-income renters go?",
        standfirst=(
            "Rents within a kilometre of new stations rose by 18 per cent on average in two "
            "years, while the minimum wage rose by less than 6. Many tenants are moving "
            "further out and spending longer on the road."
        ),
        hero_caption="Apartment blocks on the edge of the city near a newly opened station.",
        hero_alt="A row of apartment blocks beneath an elevated rail line at dusk",
        tags=("Housing", "Rent", "Rail", "Bangkok"),
        body=(
            p(
                "Two years ago Malai Thongdee paid 3,500 baht a month for a room less than a "
                "kilometre from where the new line was being built. The station is open now, "
                "and her landlord says the next rent will be 4,300 baht."
            ),
            p(
                "A survey by the Centre for Urban and Labour Studies found that monthly rents "
                "within a kilometre of five new stations rose by 18 per cent on average in two "
                "years. The minimum wage rose by less than 6 per cent over the same period."
            ),
            h2("Who gains from a new station"),
            p(
                "Landowners and building owners gain most clearly. Many old dormitories have "
                "been refitted for office workers willing to pay more for a faster commute."
            ),
            quote(
                "A train line raises land values, and there is nothing wrong with that. But "
                "without affordable homes near the stations, the people who need the train "
                "most will be the ones who can use it least.",
                "Dr Pimlapas Ruangchai",
                "Researcher on the informal economy, Centre for Urban and Labour Studies",
            ),
            related("motorbike-taxi-battery-swaps"),
            p(
                "Most tenants who move out go three to five kilometres further away, then take "
                "a motorbike taxi or a songthaew to the station. The extra daily fares eat up "
                "nearly all of what they save on rent."
            ),
            h2("What could be done"),
            p(
                "Planners suggest requiring a share of affordable rooms in new projects near "
                "stations, and tax breaks for owners who hold rents for existing tenants."
            ),
            facts(
                "Rents by the new stations",
                (
                    "Rents within 1 km of new stations up 18% on average in two years",
                    "Minimum wage up less than 6% over the same period",
                    "Tenants who moved out went 3-5 km further away on average",
                ),
                "Centre for Urban and Labour Studies",
            ),
            p(
                "Malai has not decided yet. A room further out is 900 baht cheaper, but she "
                "would have to leave home almost an hour earlier to reach her morning shift "
                "at the hospital."
            ),
        ),
    ),
)
