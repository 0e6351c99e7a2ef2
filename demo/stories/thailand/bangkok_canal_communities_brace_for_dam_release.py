"""A demo story for the Thailand section. Invented people and institutions; real places."""

from demo.schema import Story, Version, facts, h2, p, picture, quote, related

STORY = Story(
    slug="bangkok-canal-communities-brace-for-dam-release",
    section="thailand",
    hours_ago=3.0,
    authors=("wannapa", "onuma"),
    updated_after_hours=1.5,
    th=Version(
        title="ชุมชนริมคลองกรุงเทพฯ เตรียมรับมือ หลังเขื่อนตอนบนเพิ่มการระบายน้ำ",
        standfirst=(
            "ศูนย์บริหารน้ำลุ่มเจ้าพระยาตอนล่างคาดระดับน้ำในเมืองหลวงอาจสูงขึ้นอีกราว "
            "30 เซนติเมตรภายในสุดสัปดาห์ ชาวบ้านริมคลองบางกอกน้อยเริ่มยกของขึ้นที่สูง"
            "และวางกระสอบทราย"
        ),
        hero_caption="บ้านไม้ริมคลองบางกอกน้อย ฝั่งธนบุรี ที่ชาวบ้านเริ่มวางกระสอบทรายกันน้ำ",
        hero_alt="บ้านไม้ริมคลองยามเย็น มีกระสอบทรายเรียงอยู่ริมตลิ่ง",
        tags=("น้ำท่วม", "กรุงเทพฯ", "แม่น้ำเจ้าพระยา"),
        updated_note="อัปเดตระดับน้ำล่าสุดจากศูนย์บริหารน้ำฯ",
        body=(
            p(
                "ชาวบ้านในชุมชนริมคลองบางกอกน้อยและคลองมอญ ฝั่งธนบุรี "
                "เริ่มขนย้ายเครื่องใช้ไฟฟ้าและข้าวสารขึ้นชั้นสองตั้งแต่เช้าวันนี้ "
                "หลังศูนย์บริหารน้ำลุ่มเจ้าพระยาตอนล่างประกาศว่าเขื่อนตอนบนจะเพิ่มอัตราการระบา"
                "ยน้ำต่อเนื่องอย่างน้อยห้าวัน"
            ),
            p(
                "ศูนย์ฯ ระบุว่าปริมาณน้ำที่ไหลผ่านจังหวัดนครสวรรค์เพิ่มขึ้นราวร้อยละ 15 "
                "จากสัปดาห์ก่อน เมื่อรวมกับน้ำทะเลหนุนช่วงปลายเดือน ระดับน้ำในแม่น้ำเจ้าพระยา"
                "ช่วงที่ไหลผ่านกรุงเทพฯ อาจสูงขึ้นอีกประมาณ 30 เซนติเมตร ซึ่งยังต่ำกว่า"
                "แนวคันกั้นน้ำหลัก แต่สูงพอจะเข้าบ้านที่อยู่นอกแนวคันกั้น"
            ),
            quote(
                "เราไม่ได้กลัวน้ำ เราอยู่กับน้ำมาทั้งชีวิต แต่อยากรู้ล่วงหน้าว่าน้ำจะมาเมื่อไร"
                "และสูงแค่ไหน จะได้ไม่ต้องเดากันเอง",
                "ลำดวน ศรีประเสริฐ",
                "ประธานชุมชนริมคลองบางกอกน้อย",
            ),
            p(
                "สำนักงานเขตหลายแห่งนำกระสอบทรายไปวางตามจุดที่น้ำเคยล้นตลิ่ง "
                "และตั้งเครื่องสูบน้ำเคลื่อนที่ไว้ใกล้ประตูระบายน้ำ เจ้าหน้าที่บอกว่าบ้านราว "
                "1,200 หลังคาเรือนที่อยู่นอกแนวคันกั้นน้ำเป็นกลุ่มที่ต้องเฝ้าระวังมากที่สุด"
            ),
            related(
                "asian-cities-heat-action-plans",
                "who-earns-from-mangrove-carbon-credits",
            ),
            h2("น้ำทะเลหนุนคือตัวแปรสำคัญ"),
            p(
                "นักอุทกวิทยาอธิบายว่าระดับน้ำในกรุงเทพฯ ขึ้นอยู่กับสามปัจจัยพร้อมกัน คือน้ำจาก"
                "เขื่อนตอนบน ฝนที่ตกในพื้นที่ และระดับน้ำทะเลในอ่าวไทย ซึ่งช่วงปลายเดือนนี้"
                "จะขึ้นสูงสุดในเวลาเช้ามืดและหัวค่ำ"
            ),
            quote(
                "น้ำทะเลหนุนทำให้น้ำเหนือไหลออกทะเลได้ช้าลงวันละหลายชั่วโมง ช่วงที่น่าห่วง"
                "จึงไม่ใช่ตอนที่เขื่อนปล่อยน้ำ แต่เป็นตอนที่น้ำสองทางมาเจอกัน",
                "ดร.กมลวรรณ ธีรวัฒน์",
                "อาจารย์ภาควิชาวิศวกรรมแหล่งน้ำ มหาวิทยาลัยสยามธารา",
            ),
            picture(
                "กระสอบทรายวางเรียงหน้าบ้านไม้ริมคลอง มีเรือพายจอดอยู่ด้านข้าง",
                "ชาวบ้านริมคลองมอญวางกระสอบทรายกันน้ำหน้าบ้าน",
            ),
            p(
                "ศูนย์ฯ ยืนยันว่าจะเร่งพร่องน้ำในคลองสายหลักฝั่งตะวันออกล่วงหน้า "
                "เพื่อให้มีพื้นที่รับน้ำฝนหากมีพายุเข้ามาในช่วงเดียวกัน "
                "และขอให้ประชาชนติดตามประกาศระดับน้ำซึ่งจะออกทุกสามชั่วโมง"
            ),
            facts(
                "ระดับน้ำที่ต้องจับตา",
                (
                    "ปริมาณน้ำผ่านนครสวรรค์เพิ่มขึ้นราว 15% จากสัปดาห์ก่อน",
                    "ระดับน้ำเจ้าพระยาในกรุงเทพฯ อาจสูงขึ้นอีกราว 30 ซม.",
                    "บ้านราว 1,200 หลังคาเรือนอยู่นอกแนวคันกั้นน้ำ",
                    "ประกาศระดับน้ำออกทุกสามชั่วโมง",
                ),
                "ศูนย์บริหารน้ำลุ่มเจ้าพระยาตอนล่าง",
            ),
            p(
                "ร้านค้าริมท่าน้ำบางแห่งเริ่มปิดเร็วขึ้นและย้ายสินค้าไปฝากญาติในซอยด้านใน "
                "ขณะที่เรือข้ามฟากยังให้บริการตามปกติ แต่ผู้ประกอบการบอกว่าจะหยุดวิ่งทันที"
                "หากกระแสน้ำแรงเกินกว่าจะเทียบท่าได้อย่างปลอดภัย"
            ),
            p(
                "ข้อมูลล่าสุดช่วงบ่าย ศูนย์ฯ รายงานว่าระดับน้ำที่สถานีวัดน้ำปากคลองตลาด"
                "สูงขึ้น 8 เซนติเมตรจากช่วงเช้า และยังอยู่ในเกณฑ์ที่คาดการณ์ไว้"
            ),
        ),
    ),
    en=Version(
        title="Bangkok canal communities brace as upstream dams release more water",
        standfirst=(
            "Water managers expect the river through the capital to rise by about 30 "
            "centimetres by the weekend. Families along Khlong Bangkok Noi are moving "
            "belongings upstairs and stacking sandbags."
        ),
        hero_caption="Wooden houses on Khlong Bangkok Noi in Thonburi, where residents "
        "have started laying sandbags.",
        hero_alt=(
            "Wooden houses beside a canal in the evening, with sandbags lined up along the bank"
        ),
        tags=("Flooding", "Bangkok", "Chao Phraya River"),
        updated_note="Updated with the latest river level readings",
        body=(
            p(
                "Families along Khlong Bangkok Noi and Khlong Mon in Thonburi began carrying "
                "fridges, televisions and sacks of rice upstairs this morning, after the "
                "Lower Chao Phraya Water Management Centre said dams upstream would release "
                "more water for at least five more days."
            ),
            p(
                "The centre said the flow past Nakhon Sawan was about 15 per cent higher than "
                "a week ago. Combined with high tides at the end of the month, that could "
                "lift the Chao Phraya through Bangkok by around 30 centimetres: below the "
                "main flood walls, but high enough to reach homes built outside them."
            ),
            quote(
                "We are not afraid of water. We have lived with it all our lives. We just want "
                "to know when it is coming and how high, so we do not have to guess.",
                "Lamduan Sriprasert",
                "Head of the Khlong Bangkok Noi community committee",
            ),
            p(
                "District offices have laid sandbags where the banks overflowed in past years "
                "and parked mobile pumps near the lock gates. Officials say about 1,200 "
                "households outside the flood walls are the ones to watch most closely."
            ),
            related(
                "asian-cities-heat-action-plans",
                "who-earns-from-mangrove-carbon-credits",
            ),
            h2("The tide is the deciding factor"),
            p(
                "Hydrologists say the level in Bangkok depends on three things at once: water "
                "released upstream, rain falling on the city, and the sea level in the Gulf of "
                "Thailand, which at the end of this month peaks before dawn and in the evening."
            ),
            quote(
                "A high tide slows the river's escape to the sea by several hours a day. The "
                "worrying moment is not when the dams open; it is when the two flows meet.",
                "Dr Kamonwan Teerawat",
                "Lecturer in water resources engineering, Siam Thara University",
            ),
            picture(
                "Sandbags stacked in front of a wooden canal house, a rowing boat moored beside",
                "Sandbags in front of a house on Khlong Mon.",
            ),
            p(
                "The centre says it will lower the water in the main canals on the eastern "
                "side of the city in advance, to leave room for rain if a storm arrives at "
                "the same time, and has asked residents to follow its river level bulletins, "
                "issued every three hours."
            ),
            facts(
                "The levels to watch",
                (
                    "Flow past Nakhon Sawan up about 15% on last week",
                    "The Chao Phraya in Bangkok may rise a further 30 cm or so",
                    "About 1,200 households live outside the flood walls",
                    "River level bulletins every three hours",
                ),
                "Lower Chao Phraya Water Management Centre",
            ),
            p(
                "Some shops by the piers are closing early and moving stock to relatives "
                "further inland. Cross-river ferries are running normally, but operators say "
                "they will stop at once if the current becomes too strong to dock safely."
            ),
            p(
                "In its afternoon reading, the centre said the level at the Pak Khlong Talat "
                "gauge had risen 8 centimetres since the morning, within the range it expected."
            ),
        ),
    ),
)
