"""A demo story for the Environment section. Invented people and institutions; real places."""

from demo.schema import Story, Version, facts, p, quote, related

STORY = Story(
    slug="bangkok-dust-work-from-home",
    section="environment",
    hours_ago=17.5,
    authors=("onuma",),
    th=Version(
        title="ฝุ่นพุ่งเกินมาตรฐานเกือบทั้งเมือง กรุงเทพฯ ขอบริษัทให้พนักงานทำงานจากบ้านสองวัน",
        standfirst=(
            "ค่าฝุ่น PM2.5 เกินมาตรฐานใน 45 จาก 50 เขต เพราะลมนิ่งและการเผาในพื้นที่ใกล้เคียง "
            "แพทย์แนะนำให้เด็ก ผู้สูงอายุ และผู้ป่วยโรคปอดงดกิจกรรมกลางแจ้ง"
        ),
        hero_caption="ท้องฟ้าเหนือกรุงเทพฯ ที่ปกคลุมด้วยหมอกฝุ่นในช่วงเช้า",
        hero_alt="ตึกสูงกลางเมืองที่มองเห็นเลือนรางผ่านหมอกฝุ่นสีเทา",
        tags=("ฝุ่น PM2.5", "กรุงเทพฯ", "คุณภาพอากาศ"),
        body=(
            p(
                "กรุงเทพมหานครขอความร่วมมือบริษัทเอกชนให้พนักงานทำงานจากบ้านในวันพรุ่งนี้และ"
                "วันถัดไป หลังค่าฝุ่น PM2.5 เกินมาตรฐานใน 45 จาก 50 เขต และบางจุดสูงกว่าเกณฑ์"
                "เกือบสองเท่า"
            ),
            p(
                "นักอุตุนิยมวิทยาระบุว่าสภาพอากาศปิดและลมนิ่งทำให้ฝุ่นสะสมใกล้พื้นดิน "
                "ประกอบกับการเผาในที่โล่งในจังหวัดรอบกรุงเทพฯ และไอเสียจากการจราจร "
                "คาดว่าสถานการณ์จะดีขึ้นเมื่อมีลมตะวันออกพัดเข้ามาปลายสัปดาห์"
            ),
            quote(
                "ฝุ่นขนาดเล็กเข้าลึกถึงถุงลมในปอด คนที่ควรระวังที่สุดคือเด็ก ผู้สูงอายุ "
                "คนที่เป็นหอบหืดหรือโรคหัวใจ ถ้าต้องออกนอกบ้าน หน้ากาก N95 "
                "ที่แนบหน้าช่วยได้จริง",
                "พญ.ปวีณา จิตรมั่น",
                "อายุรแพทย์โรคระบบการหายใจ โรงพยาบาลธารารักษ์",
            ),
            p(
                "โรงเรียนในสังกัดกรุงเทพมหานครงดกิจกรรมกลางแจ้งและเปิดเครื่องฟอกอากาศในห้องเรี"
                "ยนที่มีอยู่ ขณะที่ผู้ค้าริมทางหลายรายบอกว่าจำเป็นต้องออกมาขายตามปกติ"
            ),
            related(
                "chiang-mai-schools-clean-air-rooms",
                "asian-cities-heat-action-plans",
            ),
            quote(
                "คนที่ทำงานจากบ้านได้คือคนที่มีห้องแอร์ คนขายของอย่างเราถ้าไม่ออกมาก็ไม่มีกิน "
                "ขอแค่หน้ากากดี ๆ แจกให้บ้างก็ยังดี",
                "สำราญ บุญเกิด",
                "ผู้ค้าผลไม้รถเข็น ย่านสาทร",
            ),
            facts(
                "ดูแลตัวเองช่วงฝุ่นสูง",
                (
                    "ตรวจค่าฝุ่นรายชั่วโมงก่อนออกจากบ้าน",
                    "สวมหน้ากาก N95 ให้แนบกับใบหน้าเมื่ออยู่กลางแจ้ง",
                    "ปิดประตูหน้าต่าง และเปิดเครื่องฟอกอากาศในห้องนอน",
                    "เด็ก ผู้สูงอายุ และผู้ป่วยโรคปอดงดออกกำลังกายกลางแจ้ง",
                ),
                "คำแนะนำจากแพทย์โรคระบบการหายใจ",
            ),
            p(
                "กรุงเทพมหานครระบุว่าจะตรวจควันดำรถบรรทุกและรถโดยสารเข้มงวดขึ้นในช่วงนี้ "
                "และขอให้ไซต์ก่อสร้างฉีดน้ำลดฝุ่นวันละสองครั้ง"
            ),
            p(
                "ผู้เชี่ยวชาญด้านนโยบายอากาศเตือนว่ามาตรการฉุกเฉินช่วยได้เพียงระยะสั้น "
                "และการลดการเผาในภาคเกษตรต้องทำร่วมกับจังหวัดรอบกรุงเทพฯ ตั้งแต่ก่อนถึงฤดูฝุ่น"
            ),
            p("ประชาชนตรวจสอบค่าฝุ่นรายเขตได้ผ่านแอปของกรุงเทพมหานคร ซึ่งปรับข้อมูลทุกชั่วโมง"),
        ),
    ),
    en=Version(
        title="Dust over limits across almost all of Bangkok; firms asked to let staff "
        "work from home",
        standfirst=(
            "PM2.5 levels exceeded the standard in 45 of 50 districts as still air trapped "
            "smoke and exhaust. Doctors advise children, older people and anyone with lung "
            "disease to stay indoors."
        ),
        hero_caption="Morning haze over Bangkok.",
        hero_alt="City-centre high-rises, barely visible through a grey haze of dust",
        tags=("PM2.5", "Bangkok", "Air quality"),
        body=(
            p(
                "Bangkok's city government has asked private companies to let staff work from "
                "home tomorrow and the day after, after PM2.5 dust exceeded the national "
                "standard in 45 of the city's 50 districts, in some places by almost double."
            ),
            p(
                "Meteorologists say still, stagnant air is holding the dust close to the "
                "ground, on top of open burning in neighbouring provinces and traffic exhaust. "
                "Conditions should improve when easterly winds arrive at the end of the week."
            ),
            quote(
                "Fine dust goes deep into the air sacs of the lungs. Those who should be most "
                "careful are children, older people and anyone with asthma or heart disease. "
                "If you must go out, a well-fitted N95 mask really does help.",
                "Dr Paweena Chitman",
                "Respiratory physician, Thararak Hospital",
            ),
            p(
                "City-run schools have cancelled outdoor activities and switched on the air "
                "purifiers they have, while many street vendors say they have no choice but "
                "to work as usual."
            ),
            related(
                "chiang-mai-schools-clean-air-rooms",
                "asian-cities-heat-action-plans",
            ),
            quote(
                "The people who can work from home are the ones with air-conditioned rooms. If "
                "vendors like us don't come out, we don't eat. Even some decent free masks "
                "would help.",
                "Samran Boonkerd",
                "Fruit cart vendor, Sathorn",
            ),
            facts(
                "Looking after yourself on high-dust days",
                (
                    "Check the hourly reading before going out",
                    "Wear a well-fitted N95 mask outdoors",
                    "Close doors and windows; run a purifier in the bedroom",
                    "Children, older people and those with lung disease: no outdoor exercise",
                ),
                "Advice from respiratory physicians",
            ),
            p(
                "The city says it will step up checks on smoke from lorries and buses and has "
                "asked building sites to spray water to damp down dust twice a day."
            ),
            p(
                "Air policy experts warn that emergency measures help only briefly, and that "
                "cutting agricultural burning needs work with the surrounding provinces well "
                "before the dust season begins."
            ),
            p("District-by-district readings are available in the city's app, updated every hour."),
        ),
    ),
)
