"""A demo story for the Sport section. Invented people, clubs and institutions; real places."""

from demo.schema import Story, Version, p, quote, related

STORY = Story(
    slug="para-athletes-training-centre",
    section="sport",
    hours_ago=162,
    authors=("kritsada",),
    th=Version(
        title="ศูนย์ฝึกกีฬาคนพิการแห่งใหม่ที่ขอนแก่นเปิดให้นักกีฬาในภูมิภาคใช้ฟรี",
        standfirst=(
            "ศูนย์ฝึกที่ออกแบบให้ใช้งานได้ทุกจุดตั้งแต่ลานจอดรถถึงห้องอาบน้ำ มีสนามบอคเซีย "
            "ลู่วิ่ง และสระว่ายน้ำ นักกีฬาไม่ต้องเดินทางเข้ากรุงเทพฯ เพื่อฝึกซ้อมอีกต่อไป"
        ),
        hero_caption="นักกีฬาวีลแชร์ฝึกซ้อมบนลู่วิ่งของศูนย์ฝึกแห่งใหม่",
        hero_alt="นักกีฬาบนวีลแชร์แข่งขันกำลังเข็นตัวบนลู่วิ่งสีแดง",
        tags=("กีฬาคนพิการ", "ขอนแก่น", "พาราลิมปิก"),
        body=(
            p(
                "ศูนย์ฝึกกีฬาคนพิการแห่งใหม่ในจังหวัดขอนแก่นเปิดให้บริการแล้ว โดยนักกีฬาคนพิการ"
                "ในภาคอีสานใช้สิ่งอำนวยความสะดวกได้ฟรี ทั้งสนามบอคเซีย ลู่วิ่งสำหรับวีลแชร์ "
                "ยิมยกน้ำหนัก และสระว่ายน้ำที่มีทางลาดลงน้ำ"
            ),
            p(
                "ก่อนหน้านี้นักกีฬาหลายคนต้องเดินทางเข้ากรุงเทพฯ เพื่อใช้สนามที่ได้มาตรฐาน "
                "ซึ่งทั้งเหนื่อยและมีค่าใช้จ่ายสูง โดยเฉพาะนักกีฬาที่ต้องมีผู้ช่วยเดินทางไปด้วย"
            ),
            quote(
                "เมื่อก่อนผมซ้อมบนถนนหน้าบ้านตอนเช้ามืดก่อนรถเยอะ วันนี้ได้ลู่จริงใกล้บ้าน "
                "เวลาที่เคยเสียไปกับการเดินทางกลายเป็นเวลาซ้อม",
                "อนันต์ ศรีบุญเรือง",
                "นักกีฬาวีลแชร์เรซซิ่ง ทีมจังหวัดขอนแก่น",
            ),
            p(
                "ศูนย์ฯ ออกแบบร่วมกับนักกีฬาคนพิการตั้งแต่ขั้นแรก ทุกจุดตั้งแต่ลานจอดรถ "
                "ห้องล็อกเกอร์ จนถึงห้องอาบน้ำเข้าถึงได้ด้วยวีลแชร์ "
                "และมีป้ายอักษรเบรลล์ทั่วอาคาร"
            ),
            related("should-universities-fund-esports-scholarships"),
            quote(
                "เราถามนักกีฬาก่อนวาดแบบทุกห้อง ไม่ใช่สร้างเสร็จแล้วค่อยถาม นั่นคือความต่างที่นักกีฬารู้สึกได้ทันทีที่เข้ามา",
                "ดร.ศิริลักษณ์ โพธิ์ทอง",
                "ผู้อำนวยการศูนย์ฝึกกีฬาคนพิการภาคตะวันออกเฉียงเหนือ",
            ),
            p(
                "งบประมาณก่อสร้างส่วนหนึ่งมาจากองค์การบริหารส่วนจังหวัด "
                "อีกส่วนมาจากการระดมทุนของสมาคมนักกีฬาคนพิการ "
                "ซึ่งใช้เวลาเกือบสี่ปีกว่าจะได้เงินครบ"
            ),
            p(
                "ศูนย์ฯ จะจัดค่ายฝึกสำหรับเยาวชนคนพิการทุกปิดภาคเรียน และเปิดอบรมผู้ฝึกสอน"
                "จากโรงเรียนเฉพาะความพิการในภูมิภาค"
            ),
            p("นักกีฬาที่ต้องการใช้สนามลงทะเบียนได้ที่ศูนย์ฯ หรือผ่านสมาคมกีฬาคนพิการประจำจังหวัด"),
        ),
    ),
    en=Version(
        title="New para sport training centre in Khon Kaen opens free to athletes from the region",
        standfirst=(
            "Designed to be accessible everywhere from the car park to the showers, with a "
            "boccia court, a track and a pool, it saves athletes the trip to Bangkok to train."
        ),
        hero_caption="A wheelchair racer trains on the new centre's track.",
        hero_alt="An athlete in a racing wheelchair pushing along a red running track",
        tags=("Para sport", "Khon Kaen", "Paralympics"),
        body=(
            p(
                "A new training centre for athletes with disabilities has opened in Khon Kaen, "
                "free to use for para athletes from the north-east. It has a boccia court, a "
                "wheelchair racing track, a weights gym and a pool with a ramp into the water."
            ),
            p(
                "Until now many athletes had to travel to Bangkok for facilities of a proper "
                "standard: tiring and expensive, especially for those who need a companion on "
                "the journey."
            ),
            quote(
                "I used to train on the road outside my house before dawn, before the traffic. "
                "Now I have a real track close to home. The time I lost travelling has become "
                "training time.",
                "Anan Sribunruang",
                "Wheelchair racer, Khon Kaen provincial team",
            ),
            p(
                "The centre was designed with para athletes from the start. Everything from "
                "the car park and lockers to the showers is wheelchair accessible, and there "
                "is Braille signage throughout."
            ),
            related(
                "foreign-runners-chao-phraya-night-marathon",
                "should-universities-fund-esports-scholarships",
            ),
            quote(
                "We asked the athletes before drawing every room, not after building it. They "
                "notice that difference the moment they walk in.",
                "Dr Sirilak Phothong",
                "Director, North-Eastern Para Sport Training Centre",
            ),
            p(
                "Part of the construction money came from the provincial administration and "
                "part from a fundraising drive by para athletes' associations, which took "
                "almost four years."
            ),
            p(
                "The centre will run camps for young para athletes in every school holiday and "
                "train coaches from special schools in the region."
            ),
            p(
                "Athletes can register to use the facilities at the centre or through their "
                "provincial para sport association."
            ),
        ),
    ),
)
