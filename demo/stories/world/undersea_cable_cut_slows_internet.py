"""A demo story for the World section. Invented people and institutions; real places."""

from demo.schema import Story, Version, p, quote, related

STORY = Story(
    slug="undersea-cable-cut-slows-internet",
    section="world",
    hours_ago=134,
    authors=("piyanuch", "thanaphon"),
    th=Version(
        title="สายเคเบิลใต้ทะเลขาด อินเทอร์เน็ตหลายประเทศช้าลง คาดซ่อมเสร็จในสามสัปดาห์",
        standfirst=(
            "สายเคเบิลที่เชื่อมสิงคโปร์กับฮ่องกงเสียหายจากสมอเรือ ผู้ให้บริการย้ายข้อมูล"
            "ไปเส้นทางสำรอง ผู้ใช้ในไทยบางส่วนพบว่าเว็บไซต์ต่างประเทศโหลดช้าลงในช่วงหัวค่ำ"
        ),
        hero_caption="เรือซ่อมสายเคเบิลใต้ทะเลระหว่างเตรียมออกจากท่า",
        hero_alt="เรือซ่อมสายเคเบิลสีขาวจอดที่ท่า มีม้วนสายเคเบิลขนาดใหญ่บนดาดฟ้า",
        tags=("อินเทอร์เน็ต", "สายเคเบิลใต้ทะเล", "โทรคมนาคม"),
        body=(
            p(
                "สายเคเบิลใยแก้วนำแสงใต้ทะเลเส้นหนึ่งที่เชื่อมสิงคโปร์กับฮ่องกงขาดเมื่อต้นสัปด"
                "าห์ ทำให้อินเทอร์เน็ตในหลายประเทศของภูมิภาคช้าลง "
                "โดยเฉพาะการเข้าเว็บไซต์และบริการที่มีเซิร์ฟเวอร์อยู่ในเอเชียตะวันออก"
            ),
            p(
                "กลุ่มบริษัทเจ้าของสายเคเบิลระบุว่าความเสียหายน่าจะเกิดจากสมอเรือสินค้าที่ลาก"
                "ไปตามพื้นทะเลในช่วงคลื่นลมแรง และได้ส่งเรือซ่อมออกจากท่าแล้ว"
            ),
            quote(
                "สายเคเบิลหนาไม่ถึงสายยางรดน้ำ วางอยู่บนพื้นทะเลลึกหลายพันเมตร การหาจุดขาด"
                "แล้วดึงขึ้นมาต่อใช้เวลาเป็นสัปดาห์ แม้อากาศจะดีก็ตาม",
                "วิศวกรเจษฎา พลอยงาม",
                "ผู้เชี่ยวชาญโครงข่ายระหว่างประเทศ บริษัทอันดามันเน็ตเวิร์กส์",
            ),
            p(
                "ผู้ให้บริการอินเทอร์เน็ตในไทยย้ายข้อมูลไปใช้เส้นทางสำรองผ่านสายเคเบิลเส้นอื่น"
                "และผ่านทางบก ผู้ใช้ส่วนใหญ่จึงไม่รู้สึกถึงผลกระทบ "
                "ยกเว้นช่วงหัวค่ำที่มีผู้ใช้มากซึ่งการดูวิดีโอและการประชุมออนไลน์กับต่างประเทศ"
                "อาจสะดุด"
            ),
            related(
                "data-centres-water-use-eastern-seaboard",
                "isaan-school-coding-clubs",
            ),
            p(
                "เหตุการณ์นี้ทำให้คำถามเรื่องความมั่นคงของโครงข่ายกลับมาอีกครั้ง "
                "เพราะข้อมูลระหว่างประเทศเกือบทั้งหมดวิ่งผ่านสายเคเบิลใต้ทะเลไม่กี่สิบเส้น "
                "และเรือซ่อมในภูมิภาคมีอยู่เพียงไม่กี่ลำ"
            ),
            quote(
                "เรามีเส้นทางสำรองมากพอสำหรับสายขาดหนึ่งเส้น แต่ถ้าขาดพร้อมกันสองสามเส้น"
                "ในช่วงมรสุม ระบบจะตึงมาก ภูมิภาคนี้ต้องการเรือซ่อมเพิ่ม",
                "ดร.ลลิตา อ่อนศรี",
                "อาจารย์วิศวกรรมโทรคมนาคม มหาวิทยาลัยสยามธารา",
            ),
            p(
                "ผู้ให้บริการแนะนำให้องค์กรที่ต้องประชุมออนไลน์กับต่างประเทศในช่วงหัวค่ำเลื่อน"
                "เวลาเป็นช่วงกลางวันหากทำได้ และระบุว่าบริการในประเทศ เช่น "
                "แอปธนาคารและวิดีโอจากเซิร์ฟเวอร์ในไทย ไม่ได้รับผลกระทบ"
            ),
            p("กลุ่มบริษัทคาดว่าการซ่อมจะเสร็จภายในสามสัปดาห์ หากสภาพอากาศเอื้ออำนวย"),
        ),
    ),
    en=Version(
        title="Undersea cable cut slows the internet across the region; repairs to take "
        "three weeks",
        standfirst=(
            "A cable linking Singapore and Hong Kong was damaged by a ship's anchor. Traffic "
            "has moved to backup routes, and some users in Thailand find foreign websites "
            "slower in the evenings."
        ),
        hero_caption="A cable repair ship preparing to leave port.",
        hero_alt=(
            "A white cable repair ship moored at the quay, with large coils of cable on deck"
        ),
        tags=("Internet", "Undersea cables", "Telecoms"),
        body=(
            p(
                "An undersea fibre-optic cable linking Singapore and Hong Kong was cut early "
                "this week, slowing the internet in several countries in the region, "
                "especially for websites and services with servers in East Asia."
            ),
            p(
                "The consortium that owns the cable says the damage was probably caused by a "
                "cargo ship's anchor dragging along the seabed in rough weather, and a repair "
                "ship has already left port."
            ),
            quote(
                "The cable is thinner than a garden hose and lies on the seabed thousands of "
                "metres down. Finding the break and hauling it up to splice takes weeks, even "
                "in good weather.",
                "Jessada Ploy-ngam",
                "International network engineer, Andaman Networks",
            ),
            p(
                "Thai internet providers have moved traffic to backup routes over other cables "
                "and overland, so most users have noticed little. The exception is the busy "
                "evening hours, when video and online meetings with people abroad can stutter."
            ),
            related(
                "data-centres-water-use-eastern-seaboard",
                "isaan-school-coding-clubs",
            ),
            p(
                "The cut has revived questions about resilience: almost all international data "
                "travels over a few dozen undersea cables, and the region has only a handful "
                "of repair ships."
            ),
            quote(
                "We have enough backup for one cable going down. If two or three break at "
                "once in the monsoon, the system gets very tight. The region needs more "
                "repair ships.",
                "Dr Lalita Onsri",
                "Lecturer in telecommunications engineering, Siam Thara University",
            ),
            p(
                "Providers suggest that organisations with evening video calls abroad move "
                "them to the daytime where possible, and say domestic services, such as "
                "banking apps and video served from Thailand, are unaffected."
            ),
            p(
                "The consortium expects the repair to be finished within three weeks, weather "
                "permitting."
            ),
        ),
    ),
)
