"""A demo story for the Technology section. Invented people and institutions; real places."""

from demo.schema import Story, Version, facts, p, quote, related

STORY = Story(
    slug="data-centres-water-use-eastern-seaboard",
    section="technology",
    hours_ago=172,
    authors=("piyanuch", "onuma"),
    th=Version(
        title="ศูนย์ข้อมูลแห่งใหม่ในภาคตะวันออกใช้น้ำเท่าไร? ชาวบ้านขอให้เปิดตัวเลข",
        standfirst=(
            "ศูนย์ข้อมูลขนาดใหญ่สามแห่งกำลังก่อสร้างในพื้นที่ที่เคยขาดแคลนน้ำหน้าแล้ง "
            "กลุ่มชาวบ้านและนักวิชาการขอให้บริษัทเปิดเผยปริมาณน้ำที่ใช้หล่อเย็นเซิร์ฟเวอร์"
        ),
        hero_caption="อาคารศูนย์ข้อมูลที่กำลังก่อสร้างในจังหวัดระยอง",
        hero_alt="อาคารคอนกรีตขนาดใหญ่ไร้หน้าต่าง มีเครนก่อสร้างอยู่ด้านข้าง",
        tags=("ศูนย์ข้อมูล", "น้ำ", "ระยอง", "คลาวด์"),
        body=(
            p(
                "ศูนย์ข้อมูลขนาดใหญ่สามแห่งกำลังก่อสร้างในจังหวัดระยองและชลบุรี เพื่อรองรับ"
                "บริการคลาวด์และปัญญาประดิษฐ์ที่เติบโตเร็ว แต่พื้นที่เดียวกันนี้เคยประสบปัญหา"
                "ขาดแคลนน้ำรุนแรงในหน้าแล้งเมื่อไม่กี่ปีก่อน"
            ),
            p(
                "ศูนย์ข้อมูลใช้น้ำจำนวนมากในระบบหล่อเย็น โดยเฉพาะระบบที่ใช้การระเหยของน้ำ"
                "ระบายความร้อน ปริมาณที่ใช้ขึ้นอยู่กับเทคโนโลยีที่เลือกและสภาพอากาศ"
            ),
            quote(
                "เราไม่ได้ต่อต้านโรงงานหรือศูนย์ข้อมูล แต่ปีที่น้ำขาด ชาวสวนผลไม้ต้องซื้อน้ำ"
                "ใส่รถบรรทุกมารดต้นไม้ เราแค่อยากรู้ว่าน้ำจะพอสำหรับทุกคนหรือเปล่า",
                "วันเพ็ญ ทรัพย์มาก",
                "ตัวแทนกลุ่มชาวสวนผลไม้ อำเภอแกลง",
            ),
            p(
                "บริษัทเจ้าของโครงการสองรายระบุว่าจะใช้ระบบหล่อเย็นแบบวงจรปิดที่ใช้น้ำน้อย "
                "และนำน้ำที่ผ่านการบำบัดจากนิคมอุตสาหกรรมมาใช้ แต่ยังไม่เปิดเผยตัวเลขการใช้น้ำ"
                "ต่อปี"
            ),
            related(
                "wildlife-underpass-elephants",
                "ubon-community-solar-cooperative",
            ),
            quote(
                "ตัวชี้วัดการใช้น้ำของศูนย์ข้อมูลมีมาตรฐานสากลอยู่แล้ว การเปิดตัวเลขนี้ทุกปี"
                "ไม่ใช่ความลับทางการค้า แต่เป็นสิ่งที่ชุมชนควรได้รู้",
                "ดร.ภาณุพงศ์ ศรีอำไพ",
                "นักวิจัยด้านน้ำและอุตสาหกรรม สถาบันทรัพยากรน้ำภาคตะวันออก",
            ),
            facts(
                "ศูนย์ข้อมูลกับน้ำ",
                (
                    "ระบบหล่อเย็นแบบระเหยน้ำใช้น้ำมากที่สุด",
                    "ระบบวงจรปิดใช้น้ำน้อยกว่า แต่ใช้ไฟฟ้ามากขึ้น",
                    "มาตรฐานสากลวัดการใช้น้ำเป็นลิตรต่อกิโลวัตต์ชั่วโมง",
                ),
                "สถาบันทรัพยากรน้ำภาคตะวันออก",
            ),
            p(
                "ผู้ประกอบการนิคมอุตสาหกรรมระบุว่ามีน้ำสำรองเพียงพอสำหรับโรงงานเดิมและโครงการใ"
                "หม่ แต่ยอมรับว่าในปีที่ฝนน้อย การจัดสรรน้ำระหว่างอุตสาหกรรม เกษตร "
                "และครัวเรือนต้องเจรจากันทุกปี"
            ),
            p(
                "คณะกรรมการลุ่มน้ำในพื้นที่กำลังพิจารณาข้อเสนอให้โครงการขนาดใหญ่ทุกประเภท"
                "รายงานการใช้น้ำรายเดือนต่อสาธารณะ"
            ),
            p("ชาวบ้านนัดหมายยื่นหนังสือถึงผู้ว่าราชการจังหวัดในสัปดาห์หน้า"),
        ),
    ),
    en=Version(
        title="How much water do the eastern seaboard's new data centres use? "
        "Villagers want the numbers",
        standfirst=(
            "Three large data centres are being built in an area that ran short of water in "
            "recent dry seasons. Residents and researchers want the companies to publish how "
            "much water their cooling uses."
        ),
        hero_caption="A data centre under construction in Rayong province.",
        hero_alt="A large windowless concrete building with a construction crane beside it",
        tags=("Data centres", "Water", "Rayong", "Cloud"),
        body=(
            p(
                "Three large data centres are under construction in Rayong and Chon Buri to "
                "serve fast-growing cloud and artificial intelligence services. The same area "
                "suffered severe water shortages in the dry season only a few years ago."
            ),
            p(
                "Data centres can use a great deal of water for cooling, especially systems "
                "that shed heat by evaporating water. How much depends on the technology "
                "chosen and the weather."
            ),
            quote(
                "We are not against factories or data centres. But in the year the water ran "
                "out, fruit farmers had to buy water by the truckload for their trees. We just "
                "want to know there will be enough for everyone.",
                "Wanphen Sapmak",
                "Representative of fruit growers, Klaeng district",
            ),
            p(
                "Two of the developers say they will use closed-loop cooling that needs little "
                "water, and treated waste water from industrial estates, but neither has "
                "published an annual water figure."
            ),
            related("wildlife-underpass-elephants"),
            quote(
                "There is already an international standard for measuring data centre water "
                "use. Publishing it every year is not a trade secret; it is something the "
                "community has a right to know.",
                "Dr Panupong Sri-ampai",
                "Water and industry researcher, Eastern Water Resources Institute",
            ),
            facts(
                "Data centres and water",
                (
                    "Evaporative cooling uses the most water",
                    "Closed-loop systems use less water but more electricity",
                    "The international measure is litres per kilowatt-hour",
                ),
                "Eastern Water Resources Institute",
            ),
            p(
                "Industrial estate operators say they hold enough water in reserve for "
                "existing factories and the new projects, but admit that in dry years sharing "
                "water between industry, farms and homes has to be negotiated every season."
            ),
            p(
                "The local river basin committee is considering a proposal that every large "
                "project, of any kind, publish its monthly water use."
            ),
            p("Residents plan to deliver a letter to the provincial governor next week."),
        ),
    ),
)
