"""Demo stories for the Thailand section. Invented people and institutions; real places."""

from demo.schema import Story, Version, facts, h2, p, picture, quote, related

STORIES = (
    Story(
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
                    "Sandbags stacked in front of a wooden canal house, a rowing boat moored "
                    "beside",
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
    ),
    Story(
        slug="overnight-bus-safety-rules",
        section="thailand",
        hours_ago=9.0,
        authors=("pongsakorn",),
        th=Version(
            title="รถทัวร์ข้ามจังหวัดกะกลางคืนต้องมีคนขับสองคน เริ่มเดือนหน้า",
            standfirst=(
                "กฎใหม่กำหนดให้รถโดยสารที่วิ่งเกิน 400 กิโลเมตรในเวลากลางคืนต้องมีผู้ขับสำรอง "
                "ติดกล้องตรวจจับอาการง่วง และตรวจเข็มขัดนิรภัยก่อนออกรถ ผู้ประกอบการรายเล็ก"
                "กังวลเรื่องต้นทุน"
            ),
            hero_caption="สถานีขนส่งผู้โดยสารช่วงหัวค่ำ ก่อนรถทัวร์สายเหนือออกเดินทาง",
            hero_alt="รถโดยสารสองชั้นจอดเรียงที่ชานชาลาสถานีขนส่งยามค่ำ",
            tags=("ความปลอดภัยทางถนน", "รถโดยสาร", "คมนาคม"),
            body=(
                p(
                    "คณะกรรมการความปลอดภัยการขนส่งทางถนนประกาศกฎใหม่สำหรับรถโดยสารประจำทางข้ามจังห"
                    "วัดที่วิ่งในเวลากลางคืน โดยเส้นทางที่ยาวเกิน 400 "
                    "กิโลเมตรต้องมีผู้ขับขี่สองคนสลับกันทุกไม่เกินสี่ชั่วโมง "
                    "มีผลตั้งแต่ต้นเดือนหน้า"
                ),
                p(
                    "นอกจากคนขับสำรองแล้ว รถทุกคันต้องติดกล้องที่ตรวจจับอาการง่วงหรือการละสายตา"
                    "จากถนน และพนักงานต้องเดินตรวจว่าผู้โดยสารคาดเข็มขัดนิรภัยครบก่อนออกจากสถานี"
                    "ทุกครั้ง"
                ),
                quote(
                    "อุบัติเหตุรถโดยสารกลางคืนส่วนใหญ่ไม่ได้เกิดจากถนนหรือตัวรถ แต่เกิดจากคนขับ"
                    "ที่ฝืนขับทั้งที่ร่างกายไม่ไหว กฎนี้แก้ที่ต้นเหตุ",
                    "ผศ.ดร.ชยพล รุ่งเรืองศรี",
                    "นักวิจัยด้านความปลอดภัยการขนส่ง สถาบันวิจัยการเดินทางและเมือง",
                ),
                p(
                    "ข้อมูลของคณะกรรมการฯ "
                    "ระบุว่าเกือบครึ่งหนึ่งของอุบัติเหตุรุนแรงที่เกี่ยวกับรถโดยสารในปีที่ผ่านมาเกิ"
                    "ดระหว่างเที่ยงคืนถึงหกโมงเช้า "
                    "และในหลายกรณีคนขับทำงานต่อเนื่องมาแล้วมากกว่าสิบชั่วโมง"
                ),
                related(
                    "hat-yai-electric-bus-routes-hearing",
                    "why-rents-near-new-train-lines-rise-faster-than-wages",
                ),
                p(
                    "ผู้ประกอบการรายใหญ่ส่วนใหญ่มีคนขับสองคนในเส้นทางยาวอยู่แล้ว แต่บริษัทรถร่วม"
                    "ขนาดเล็กที่มีรถไม่กี่คันบอกว่าการจ้างคนขับเพิ่มและติดกล้องใหม่จะทำให้ต้นทุน"
                    "ต่อเที่ยวสูงขึ้นมาก และอาจต้องขึ้นค่าโดยสาร"
                ),
                quote(
                    "เราเห็นด้วยเรื่องความปลอดภัย แต่คนขับที่มีใบอนุญาตหายาก ถ้าให้เวลาเตรียมตัว"
                    "แค่เดือนเดียว รถบางสายอาจต้องหยุดวิ่งไปก่อน",
                    "สุพจน์ มณีรัตน์",
                    "นายกสมาคมผู้ประกอบการรถโดยสารภูมิภาค",
                ),
                facts(
                    "กฎใหม่สำหรับรถโดยสารกลางคืน",
                    (
                        "เส้นทางเกิน 400 กม. ต้องมีคนขับสองคน",
                        "สลับคนขับทุกไม่เกินสี่ชั่วโมง",
                        "ติดกล้องตรวจจับอาการง่วงทุกคัน",
                        "ตรวจเข็มขัดนิรภัยก่อนออกจากสถานีทุกครั้ง",
                    ),
                    "คณะกรรมการความปลอดภัยการขนส่งทางถนน",
                ),
                p(
                    "คณะกรรมการฯ ระบุว่าจะผ่อนผันให้ผู้ประกอบการรายเล็กติดกล้องภายในสามเดือน "
                    "แต่ข้อกำหนดเรื่องคนขับสองคนจะบังคับใช้ทันที และจะสุ่มตรวจที่สถานีขนส่งหลัก"
                    "ในช่วงกลางคืน"
                ),
                p(
                    "ผู้โดยสารที่สถานีขนส่งหมอชิตเมื่อคืนที่ผ่านมาส่วนใหญ่สนับสนุนกฎใหม่ แม้บางคน"
                    "จะกังวลว่าค่าตั๋วอาจแพงขึ้นในช่วงเทศกาลที่คนเดินทางกลับบ้านจำนวนมาก"
                ),
            ),
        ),
        en=Version(
            title="Overnight intercity buses must carry two drivers from next month",
            standfirst=(
                "New rules require a relief driver on night routes over 400 km, cameras that "
                "detect drowsiness and seatbelt checks before departure. Small operators worry "
                "about the cost."
            ),
            hero_caption="A bus terminal in the early evening, before the northbound coaches go.",
            hero_alt=(
                "Double-decker coaches parked in a row at the platforms of a bus terminal at night"
            ),
            tags=("Road safety", "Buses", "Transport"),
            body=(
                p(
                    "The Road Transport Safety Board has announced new rules for intercity buses "
                    "that run at night. From the start of next month, routes longer than 400 "
                    "kilometres must carry two drivers who swap at least every four hours."
                ),
                p(
                    "Every coach must also carry a camera that spots drowsiness or eyes off the "
                    "road, and staff must check that every passenger has fastened a seatbelt "
                    "before the bus leaves the terminal."
                ),
                quote(
                    "Most night-time bus crashes are not caused by the road or the vehicle but by "
                    "a driver pushing on when their body has had enough. This rule goes to the "
                    "root.",
                    "Asst Prof Chayapol Rungruengsri",
                    "Transport safety researcher, Institute for Travel and Cities",
                ),
                p(
                    "Board figures show that almost half of last year's serious bus crashes "
                    "happened between midnight and 6am, and in many of them the driver had been "
                    "working for more than ten hours."
                ),
                related("why-rents-near-new-train-lines-rise-faster-than-wages"),
                p(
                    "Most large operators already put two drivers on long routes. Smaller "
                    "companies with a handful of coaches say hiring extra drivers and fitting "
                    "cameras will raise the cost of every trip, and fares may have to follow."
                ),
                quote(
                    "We agree on safety, but licensed drivers are hard to find. With only a month "
                    "to prepare, some routes may have to stop running for a while.",
                    "Supot Maneerat",
                    "President, Regional Bus Operators Association",
                ),
                facts(
                    "The new rules for night buses",
                    (
                        "Two drivers on routes over 400 km",
                        "Drivers swap at least every four hours",
                        "A drowsiness camera on every coach",
                        "Seatbelt check before every departure",
                    ),
                    "Road Transport Safety Board",
                ),
                p(
                    "The board says small operators will have three months to fit cameras, but the "
                    "two-driver rule applies immediately, with spot checks at the main terminals "
                    "overnight."
                ),
                p(
                    "Passengers at Mo Chit bus terminal last night mostly welcomed the rules, "
                    "though some worried that fares could rise at holiday times, when the whole "
                    "country travels home."
                ),
            ),
        ),
    ),
    Story(
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
    ),
    Story(
        slug="street-vendors-qr-permits",
        section="thailand",
        hours_ago=52,
        authors=("wannapa",),
        th=Version(
            title="เขตในกรุงเทพฯ ทดลองใบอนุญาตหาบเร่แผงลอยแบบคิวอาร์โค้ด",
            standfirst=(
                "ผู้ค้าริมทางในสามเขตนำร่องสแกนคิวอาร์โค้ดแทนการถือใบอนุญาตกระดาษ ผู้ค้าบอกว่า"
                "สะดวกขึ้น แต่ยังกังวลว่าข้อมูลจะถูกใช้ย้ายจุดขายโดยไม่ถามความเห็น"
            ),
            hero_caption="แผงขายอาหารริมทางย่านบางรักช่วงหัวค่ำ",
            hero_alt="แผงลอยขายอาหารเรียงรายริมทางเท้ายามค่ำ",
            tags=("หาบเร่แผงลอย", "กรุงเทพฯ", "เศรษฐกิจรายย่อย"),
            body=(
                p(
                    "สามเขตในกรุงเทพฯ เริ่มทดลองให้ผู้ค้าหาบเร่แผงลอยใช้ใบอนุญาตแบบคิวอาร์โค้ด"
                    "ติดไว้ที่แผง แทนใบอนุญาตกระดาษที่ต้องต่ออายุที่สำนักงานเขตทุกปี เจ้าหน้าที่"
                    "เทศกิจสแกนโค้ดเพื่อตรวจสอบจุดขายและเวลาที่ได้รับอนุญาตได้ทันที"
                ),
                p(
                    "ผู้ค้ากว่า 600 รายลงทะเบียนในเดือนแรก ส่วนใหญ่ขายอาหารและเครื่องดื่ม "
                    "สำนักงานเขตระบุว่าระบบใหม่ช่วยลดเวลาต่อใบอนุญาตจากครึ่งวันเหลือไม่กี่นาที"
                ),
                quote(
                    "เมื่อก่อนต้องปิดร้านครึ่งวันไปต่อใบอนุญาต เสียรายได้ไปวันหนึ่ง "
                    "ตอนนี้ทำในโทรศัพท์ระหว่างรอลูกค้าก็เสร็จ",
                    "บุญเรือน แสงทอง",
                    "ผู้ค้าข้าวมันไก่ ย่านบางรัก",
                ),
                p(
                    "แต่ผู้ค้าบางส่วนกังวลว่าข้อมูลตำแหน่งและเวลาขายที่เก็บในระบบอาจถูกใช้จัดระเบี"
                    "ยบทางเท้าโดยไม่ปรึกษาผู้ค้าก่อน เหมือนที่เคยเกิดขึ้นในบางย่านเมื่อหลายปีก่อน"
                ),
                related(
                    "can-app-loans-rescue-small-shops",
                    "why-rents-near-new-train-lines-rise-faster-than-wages",
                ),
                quote(
                    "ระบบดิจิทัลทำให้รัฐเห็นผู้ค้าชัดขึ้น ซึ่งเป็นได้ทั้งโอกาสและความเสี่ยง "
                    "คำถามคือผู้ค้ามีสิทธิ์เห็นและแก้ข้อมูลของตัวเองด้วยหรือเปล่า",
                    "ดร.พิมพ์ลภัส เรืองชัย",
                    "นักวิจัยด้านเศรษฐกิจนอกระบบ ศูนย์ศึกษาเมืองและแรงงาน",
                ),
                p(
                    "สำนักงานเขตยืนยันว่าจะไม่ใช้ข้อมูลในระบบเพื่อย้ายจุดขาย "
                    "และจะจัดประชุมกับตัวแทนผู้ค้าทุกสามเดือนระหว่างช่วงทดลอง"
                ),
                p(
                    "ผู้ค้าสูงอายุบางรายที่ไม่ได้ใช้สมาร์ตโฟนต้องให้ลูกหลานช่วยลงทะเบียน "
                    "สำนักงานเขตจึงตั้งโต๊ะช่วยเหลือทุกเช้าวันจันทร์ "
                    "และยังรับต่อใบอนุญาตแบบกระดาษควบคู่ไปตลอดช่วงทดลอง"
                ),
                p("หากการทดลองได้ผล กรุงเทพมหานครอาจขยายระบบไปยังเขตอื่นภายในปีหน้า"),
            ),
        ),
    ),
    Story(
        slug="hat-yai-electric-bus-routes-hearing",
        section="thailand",
        hours_ago=122,
        authors=("pongsakorn",),
        th=Version(
            title="หาดใหญ่เปิดเวทีรับฟังความเห็นเส้นทางรถเมล์ไฟฟ้า ชาวบ้านขอให้ผ่านตลาดและโรงพยาบาล",
            standfirst=(
                "เทศบาลเสนอสามเส้นทางนำร่องที่เชื่อมสถานีรถไฟ ตลาด และมหาวิทยาลัย ผู้เข้าร่วม"
                "เวทีส่วนใหญ่ขอให้เพิ่มจุดจอดที่โรงพยาบาลและเปิดบริการถึงสามทุ่ม"
            ),
            hero_caption="ถนนสายหลักในตัวเมืองหาดใหญ่ช่วงเย็น",
            hero_alt="ถนนในเมืองช่วงเย็นกับแนวตึกแถวและภูเขาไกล ๆ",
            tags=("หาดใหญ่", "ขนส่งสาธารณะ", "รถเมล์ไฟฟ้า"),
            body=(
                p(
                    "เทศบาลนครหาดใหญ่จัดเวทีรับฟังความคิดเห็นเรื่องรถเมล์ไฟฟ้าสามเส้นทางนำร่อง "
                    "มีผู้เข้าร่วมกว่า 300 คน ทั้งผู้ค้าในตลาด นักศึกษา และผู้สูงอายุที่ต้องเดินทาง"
                    "ไปโรงพยาบาลเป็นประจำ"
                ),
                p(
                    "เส้นทางที่เสนอเชื่อมสถานีรถไฟหาดใหญ่กับตลาดกิมหยง ย่านมหาวิทยาลัย "
                    "และสถานีขนส่ง โดยจะใช้รถขนาดกลาง 24 คัน วิ่งทุก 15 นาทีในชั่วโมงเร่งด่วน"
                ),
                quote(
                    "ยายไปหาหมอเดือนละสองครั้ง ค่าสองแถวไปกลับเกือบร้อยบาท ถ้ารถเมล์ผ่านหน้า"
                    "โรงพยาบาลได้ คนแก่แถวบ้านจะสบายขึ้นเยอะ",
                    "สมจิต แก้วมณี",
                    "ชาวบ้านตำบลคอหงส์",
                ),
                p(
                    "ผู้เข้าร่วมหลายคนขอให้เพิ่มจุดจอดที่โรงพยาบาลประจำจังหวัด และขยายเวลาบริการ"
                    "ถึงสามทุ่ม เพราะร้านค้าในตลาดหลายแห่งปิดช้ากว่าเวลารถเที่ยวสุดท้ายที่เสนอไว้"
                ),
                related(
                    "why-rents-near-new-train-lines-rise-faster-than-wages",
                    "motorbike-taxi-battery-swaps",
                ),
                p(
                    "ผู้ขับวินจักรยานยนต์รับจ้างบางส่วนกังวลว่ารถเมล์จะแย่งผู้โดยสาร แต่ก็มีข้อเสนอ"
                    "ให้วินรับส่งคนจากป้ายรถเมล์เข้าซอย ซึ่งจะทำให้สองระบบเสริมกัน"
                ),
                quote(
                    "รถเมล์ที่ดีไม่ได้วัดจากจำนวนคัน แต่วัดจากว่าคนรู้ไหมว่ารถจะมาเมื่อไร "
                    "ป้ายบอกเวลาและแอปติดตามรถสำคัญพอ ๆ กับตัวรถ",
                    "อ.ฟาริดา หะยีสาและ",
                    "อาจารย์สาขาการวางแผนเมือง มหาวิทยาลัยทักษิณาพัฒน์",
                ),
                p(
                    "นักศึกษาที่เข้าร่วมเวทีขอให้มีบัตรโดยสารรายเดือนราคาพิเศษและจ่ายค่าโดยสารด้วย"
                    "การสแกนคิวอาร์โค้ดได้ "
                    "ขณะที่ผู้ค้าในตลาดกิมหยงขอให้จุดจอดอยู่ห่างจากทางเข้าตลาดไม่เกินหนึ่งช่วงตึก"
                ),
                p("เทศบาลจะสรุปความเห็นและปรับเส้นทางภายในสองเดือน ก่อนเปิดประมูลจัดหาผู้เดินรถ"),
            ),
        ),
    ),
    Story(
        slug="nan-village-telemedicine",
        section="thailand",
        hours_ago=204,
        authors=("nattawut", "pongsakorn"),
        th=Version(
            title="อสม. ในน่านใช้แท็บเล็ตเชื่อมหมอ ผู้ป่วยเบาหวานไม่ต้องเดินทางสามชั่วโมงไปโรงพยาบาล",
            standfirst=(
                "โครงการนำร่องในสองอำเภอให้อาสาสมัครสาธารณสุขวัดค่าน้ำตาลและความดันที่บ้านผู้ป่วย"
                "แล้วเปิดวิดีโอคุยกับแพทย์ ลดการเดินทางไปโรงพยาบาลลงเกือบครึ่ง"
            ),
            hero_caption="หมู่บ้านบนดอยในจังหวัดน่าน ที่ผู้ป่วยต้องเดินทางหลายชั่วโมงเพื่อพบแพทย์",
            hero_alt="หมู่บ้านบนสันเขาท่ามกลางหมอกยามเช้า",
            tags=("สาธารณสุข", "น่าน", "การแพทย์ทางไกล"),
            body=(
                p(
                    "ทุกเช้าวันอังคาร "
                    "อาสาสมัครสาธารณสุขประจำหมู่บ้านในอำเภอบ่อเกลือจะเดินไปตามบ้านผู้ป่วยเบาหวานแล"
                    "ะความดันสูง พร้อมแท็บเล็ต เครื่องวัดน้ำตาล และเครื่องวัดความดัน "
                    "เมื่อวัดค่าเสร็จ ผู้ป่วยจะได้คุยกับแพทย์ที่โรงพยาบาลชุมชนผ่านวิดีโอ"
                ),
                p(
                    "ก่อนมีโครงการ "
                    "ผู้ป่วยหลายคนต้องนั่งรถสองแถวไปกลับกว่าหกชั่วโมงเพื่อพบแพทย์เพียงสิบนาที "
                    "บางคนจึงเลิกไปตามนัดและขาดยา"
                ),
                quote(
                    "บางบ้านเราต้องเดินขึ้นเนินไปครึ่งชั่วโมง แต่พอคุณยายได้เห็นหน้าหมอในจอ "
                    "แกยิ้มทุกครั้ง เหมือนหมอมาเยี่ยมถึงบ้าน",
                    "บัวผัน ใจคำ",
                    "อาสาสมัครสาธารณสุขประจำหมู่บ้าน อำเภอบ่อเกลือ",
                ),
                p(
                    "หลังผ่านไปหกเดือน โรงพยาบาลชุมชนสองแห่งรายงานว่าการเดินทางมาพบแพทย์ของผู้ป่วย"
                    "กลุ่มนี้ลดลงร้อยละ 45 และสัดส่วนผู้ที่คุมระดับน้ำตาลได้ดีขึ้นเล็กน้อย"
                ),
                related("why-rents-near-new-train-lines-rise-faster-than-wages"),
                quote(
                    "การแพทย์ทางไกลไม่ได้แทนที่การตรวจร่างกาย แต่ทำให้เราเห็นปัญหาเร็วขึ้น "
                    "ก่อนที่ผู้ป่วยจะมาถึงห้องฉุกเฉิน",
                    "นพ.ธีรภัทร สายสุวรรณ",
                    "ผู้อำนวยการโรงพยาบาลชุมชนในโครงการ",
                ),
                p(
                    "ปัญหาใหญ่ที่สุดคือสัญญาณอินเทอร์เน็ต ในหมู่บ้านบางแห่งอาสาสมัครต้องพาผู้ป่วย"
                    "ไปนั่งที่ศาลาวัดซึ่งเป็นจุดเดียวที่มีสัญญาณดีพอสำหรับวิดีโอ"
                ),
                p(
                    "อาสาสมัครแต่ละคนได้ค่าตอบแทนเพิ่มเดือนละไม่กี่ร้อยบาทสำหรับค่าอินเทอร์เน็ตและ"
                    "ค่าเดินทาง หลายคนบอกว่าภาระงานเพิ่มขึ้นมาก "
                    "แต่ยังอยากทำต่อเพราะเห็นผู้ป่วยกินยาสม่ำเสมอขึ้น"
                ),
                p(
                    "ทีมงานกำลังหาทุนเพื่อขยายโครงการไปอีกสามอำเภอ และฝึกอาสาสมัครรุ่นใหม่"
                    "ที่ส่วนใหญ่เป็นคนหนุ่มสาวที่กลับมาอยู่บ้าน"
                ),
            ),
        ),
        en=Version(
            title="Nan health volunteers bring the doctor to diabetic patients by tablet",
            standfirst=(
                "A pilot in two districts lets volunteers check blood sugar and blood pressure at "
                "home and then video-call a doctor, cutting hospital trips almost by half."
            ),
            hero_caption="A hill village in Nan, where patients travel for hours to see a doctor.",
            hero_alt="A village on a mountain ridge in the morning mist",
            tags=("Health", "Nan", "Telemedicine"),
            body=(
                p(
                    "Every Tuesday morning, village health volunteers in Bo Kluea district walk "
                    "from house to house visiting people with diabetes and high blood pressure, "
                    "carrying a tablet, a glucose meter and a blood pressure cuff. Once the "
                    "readings are taken, the patient talks to a doctor at the district hospital "
                    "by video."
                ),
                p(
                    "Before the pilot, many patients spent more than six hours on a pick-up taxi "
                    "for a ten-minute appointment. Some stopped going, and ran out of medicine."
                ),
                quote(
                    "Some houses are half an hour's walk uphill. But when grandma sees the "
                    "doctor's face on the screen she smiles every time, as if he had come to "
                    "visit.",
                    "Buaphan Jaikham",
                    "Village health volunteer, Bo Kluea district",
                ),
                p(
                    "After six months, the two district hospitals report 45 per cent fewer visits "
                    "by these patients, and a slightly larger share with their blood sugar under "
                    "control."
                ),
                related("why-rents-near-new-train-lines-rise-faster-than-wages"),
                quote(
                    "Telemedicine does not replace an examination, but it lets us see problems "
                    "earlier, before the patient arrives at the emergency room.",
                    "Dr Teeraphat Saisuwan",
                    "Director of one of the district hospitals in the pilot",
                ),
                p(
                    "The biggest problem is the signal. In some villages volunteers take patients "
                    "to the temple pavilion, the only place with a connection good enough for "
                    "video."
                ),
                p(
                    "Each volunteer receives a few hundred baht a month extra for data and travel. "
                    "Many say the work has grown a lot, but want to carry on because they see "
                    "patients taking their medicine more regularly."
                ),
                p(
                    "The team is raising money to expand to three more districts and to train a "
                    "new group of volunteers, most of them young people who have moved back home."
                ),
            ),
        ),
    ),
    Story(
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
    ),
)
