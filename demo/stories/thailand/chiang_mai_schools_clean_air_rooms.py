"""A demo story for the Thailand section. Invented people and institutions; real places."""

from demo.schema import Story, Version, p, picture, quote, related

STORY = Story(
    slug="chiang-mai-schools-clean-air-rooms",
    section="thailand",
    hours_ago=31,
    authors=("nattawut",),
    th=Version(
        title="โรงเรียนในเชียงใหม่ทำ 'ห้องอากาศสะอาด' ก่อนฤดูหมอกควัน ครูหวังเด็กไม่ต้องหยุดเรียน",
        standfirst=(
            "โรงเรียนกว่า 40 แห่งใช้เงินบริจาคและงบของผู้ปกครองติดเครื่องฟอกอากาศ ซีลหน้าต่าง "
            "และวัดค่าฝุ่นในห้องเรียนทุกชั่วโมง หลังปีที่แล้วต้องปิดเรียนรวมเกือบสามสัปดาห์"
        ),
        hero_caption="ดอยสุเทพมองจากตัวเมืองเชียงใหม่ในวันที่ฟ้ายังใส",
        hero_alt="ทิวเขาซ้อนกันหลายชั้นใต้ท้องฟ้าสีส้มยามเช้า",
        tags=("ฝุ่น PM2.5", "เชียงใหม่", "การศึกษา"),
        body=(
            p(
                "โรงเรียนประถมและมัธยมอย่างน้อย 40 "
                "แห่งในเชียงใหม่เริ่มปรับห้องเรียนบางห้องให้เป็น 'ห้องอากาศสะอาด' "
                "ก่อนฤดูหมอกควันที่มักเริ่มในเดือนกุมภาพันธ์ โดยติดเครื่องฟอกอากาศ "
                "ซีลช่องลมและหน้าต่าง และติดเครื่องวัดฝุ่นที่แสดงค่าให้นักเรียนเห็นตลอดวัน"
            ),
            p(
                "ปีที่แล้ว หลายโรงเรียนต้องปิดเรียนหรือสลับไปเรียนออนไลน์รวมเกือบสามสัปดาห์ "
                "ครูบอกว่าเด็กจากครอบครัวที่ไม่มีอินเทอร์เน็ตหรือคอมพิวเตอร์ที่บ้านเรียนตามไม่"
                "ทันและบางคนไม่กลับมาเรียนอีกเลย"
            ),
            quote(
                "เราเลือกไม่ได้ว่าฟ้าจะเป็นสีอะไร แต่เราเลือกได้ว่าเด็กจะหายใจอากาศแบบไหนในห้องเรียน",
                "จันทร์เพ็ญ อินต๊ะวงศ์",
                "ครูวิทยาศาสตร์ โรงเรียนบ้านป่าตึงวิทยา",
            ),
            p(
                "ห้องหนึ่งห้องใช้เงินราว 25,000 บาทสำหรับเครื่องฟอกอากาศสองเครื่อง แผ่นซีล "
                "และเครื่องวัดฝุ่น "
                "เงินส่วนใหญ่มาจากการระดมทุนของสมาคมผู้ปกครองและร้านค้าในชุมชน"
            ),
            picture(
                "นักเรียนนั่งเรียนในห้องที่ติดเครื่องฟอกอากาศ มีจอแสดงค่าฝุ่นอยู่หน้าห้อง",
                "จอแสดงค่าฝุ่นหน้าห้องเรียนที่นักเรียนผลัดกันจดค่าทุกชั่วโมง",
            ),
            p(
                "นักเรียนชั้นประถมปลายผลัดกันจดค่าฝุ่นทุกชั่วโมงและนำมาทำกราฟในวิชาคณิตศาสตร์ "
                "ครูบอกว่าเด็กหลายคนกลับไปเล่าให้พ่อแม่ฟังว่าควรปิดหน้าต่างบ้านช่วงไหน"
            ),
            related("nan-village-telemedicine", "isaan-school-coding-clubs"),
            quote(
                "เครื่องฟอกอากาศในห้องที่ปิดสนิทลดฝุ่นได้จริง แต่ต้องเปลี่ยนไส้กรองตามกำหนด "
                "ไม่อย่างนั้นจะกลายเป็นเครื่องเป่าลมธรรมดา",
                "พญ.อรวรรณ ไชยมงคล",
                "กุมารแพทย์โรคระบบหายใจ ศูนย์สุขภาพเด็กล้านนา",
            ),
            p(
                "ปัญหาที่ตามมาคือค่าไฟและค่าไส้กรองที่ต้องเปลี่ยนทุกสามถึงหกเดือน "
                "โรงเรียนขนาดเล็กบางแห่งบอกว่ายังไม่รู้ว่าจะหาเงินส่วนนี้จากที่ไหนในปีถัดไป"
            ),
            p(
                "ผู้บริหารโรงเรียนหลายแห่งยอมรับว่าห้องอากาศสะอาดเป็นทางแก้ระยะสั้น และหวังว่า"
                "มาตรการลดการเผาในที่โล่งจะได้ผลมากขึ้น เพื่อให้เด็กกลับไปเล่นกลางแจ้งได้"
                "ตลอดทั้งปี"
            ),
        ),
    ),
    en=Version(
        title="Chiang Mai schools build 'clean air rooms' so pupils can stay in class "
        "through the smoke season",
        standfirst=(
            "More than 40 schools have used donations and parents' money to fit air "
            "purifiers, seal windows and measure dust every hour, after closing for almost "
            "three weeks last year."
        ),
        hero_caption="Doi Suthep seen from Chiang Mai on a clear day.",
        hero_alt="Layer upon layer of mountain ridges under an orange morning sky",
        tags=("PM2.5", "Chiang Mai", "Education"),
        body=(
            p(
                "At least 40 primary and secondary schools in Chiang Mai are turning some "
                "classrooms into 'clean air rooms' before the smoke season, which usually "
                "starts in February. They are fitting purifiers, sealing vents and windows, "
                "and installing dust monitors whose readings pupils can see all day."
            ),
            p(
                "Last year many schools closed or switched to online lessons for almost three "
                "weeks in total. Teachers say children from homes without internet or a "
                "computer fell behind, and some never came back."
            ),
            quote(
                "We cannot choose the colour of the sky, but we can choose what air the "
                "children breathe in the classroom.",
                "Chanpen Intawong",
                "Science teacher, Ban Pa Tueng Wittaya School",
            ),
            p(
                "Each room costs about 25,000 baht for two purifiers, seals and a monitor. "
                "Most of the money has come from parents' associations and local shops."
            ),
            picture(
                "Pupils at their desks in a classroom with an air purifier and a dust "
                "reading display at the front",
                "The dust display at the front of a classroom; pupils take turns to note the "
                "reading every hour.",
            ),
            p(
                "Older primary pupils take turns to note the reading every hour and turn the "
                "numbers into graphs in maths lessons. Teachers say many now tell their "
                "parents when to close the windows at home."
            ),
            related("nan-village-telemedicine", "isaan-school-coding-clubs"),
            quote(
                "A purifier in a sealed room really does cut the dust, but the filters must "
                "be changed on time, or it becomes an ordinary fan.",
                "Dr Orawan Chaimongkol",
                "Paediatric respiratory specialist, Lanna Children's Health Centre",
            ),
            p(
                "The next problem is running costs: electricity, and filters that need "
                "replacing every three to six months. Some small schools say they do not yet "
                "know where next year's money will come from."
            ),
            p(
                "Head teachers admit the rooms are a short-term fix. They hope that efforts "
                "to cut open burning will work better, so children can play outside all year."
            ),
        ),
    ),
)
