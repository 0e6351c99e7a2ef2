"""Demo stories for the Environment section. Invented people and institutions; real places."""

from demo.schema import Story, Version, facts, h2, p, picture, quote, related

STORIES = (
    Story(
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
                p(
                    "District-by-district readings are available in the city's app, updated "
                    "every hour."
                ),
            ),
        ),
    ),
    Story(
        slug="trang-seagrass-dugongs",
        section="environment",
        hours_ago=36,
        authors=("onuma",),
        th=Version(
            title="ชาวประมงตรังปลูกหญ้าทะเลคืนแหล่งอาหารพะยูน",
            standfirst=(
                "กลุ่มประมงพื้นบ้านสี่หมู่บ้านปลูกหญ้าทะเลแล้วกว่า 30 ไร่ในสองปี นักวิจัยพบพะยูนกลับมาหากินในแปลงที่ฟื้นตัวแล้ว"
            ),
            hero_caption="แนวหญ้าทะเลในช่วงน้ำลงนอกชายฝั่งจังหวัดตรัง",
            hero_alt="ทะเลสีเขียวอมฟ้าในช่วงน้ำลง เห็นแนวหญ้าทะเลใต้ผิวน้ำตื้น",
            tags=("พะยูน", "หญ้าทะเล", "ตรัง", "ทะเลอันดามัน"),
            body=(
                p(
                    "ช่วงน้ำลงต่ำสุดของเดือน ชาวประมงพื้นบ้านจากสี่หมู่บ้านในอำเภอกันตัง "
                    "จังหวัดตรัง เดินลุยน้ำตื้นพร้อมตะกร้าต้นกล้าหญ้าทะเล "
                    "เพื่อปลูกคืนแปลงที่เสื่อมโทรมไปในช่วงหลายปีที่ผ่านมา"
                ),
                p(
                    "หญ้าทะเลเป็นอาหารหลักของพะยูน และเป็นที่อนุบาลของลูกปลา ลูกกุ้ง "
                    "และปูหลายชนิด "
                    "นักวิจัยระบุว่าตะกอนจากการก่อสร้างชายฝั่งและน้ำทะเลที่อุ่นขึ้นทำให้แปลงหญ้าทะ"
                    "เลบางแห่งลดลงเกือบครึ่ง"
                ),
                quote(
                    "สมัยพ่อผม หญ้าทะเลหนาจนเรือติด ปลาก็เยอะ ตอนนี้ต้องออกไปไกลกว่าเดิม "
                    "ถ้าเราไม่ปลูกคืน ลูกหลานก็จะไม่มีอะไรให้จับ",
                    "หมาด ทะเลงาม",
                    "ประธานกลุ่มประมงพื้นบ้านบ้านแหลม",
                ),
                p(
                    "ในสองปีที่ผ่านมา กลุ่มประมงปลูกหญ้าทะเลแล้วกว่า 30 ไร่ โดยเพาะต้นกล้าในกระชัง"
                    "ใกล้หมู่บ้านก่อนย้ายลงแปลง และผลัดกันเฝ้าไม่ให้เรืออวนรุนเข้ามาในเขตอนุรักษ์"
                ),
                picture(
                    "มือของชาวประมงกำลังปักต้นกล้าหญ้าทะเลลงในพื้นทรายใต้น้ำตื้น",
                    "ชาวประมงปักต้นกล้าหญ้าทะเลในช่วงน้ำลงต่ำสุด",
                ),
                related(
                    "who-earns-from-mangrove-carbon-credits",
                    "wildlife-underpass-elephants",
                ),
                quote(
                    "เราพบร่องรอยการกินของพะยูนในแปลงที่ปลูกเมื่อปีแรกแล้ว ซึ่งบอกว่าหญ้าทะเล"
                    "ที่ชุมชนปลูกกลับมาทำหน้าที่ในระบบนิเวศได้จริง",
                    "ดร.นิอร หมัดหลี",
                    "นักวิจัยทรัพยากรชายฝั่ง ศูนย์วิจัยทะเลอันดามัน",
                ),
                p(
                    "นักวิจัยใช้โดรนบินสำรวจทุกเดือน และพบพะยูนเข้ามาหากินในพื้นที่ใกล้แปลงปลูก"
                    "บ่อยขึ้นในช่วงหกเดือนที่ผ่านมา แม้ยังเร็วเกินไปที่จะสรุปว่าจำนวนพะยูนเพิ่มขึ้น"
                ),
                p(
                    "ความท้าทายคือต้นกล้าบางส่วนถูกคลื่นซัดหลุดในช่วงมรสุม "
                    "กลุ่มประมงจึงทดลองปลูกในถุงทรายที่ย่อยสลายได้ "
                    "ซึ่งช่วยให้อัตรารอดของต้นกล้าเพิ่มจากราวครึ่งหนึ่งเป็นเกือบสามในสี่"
                ),
                p(
                    "กลุ่มประมงกำลังขอทุนเพื่อขยายโรงเพาะกล้า และชวนโรงเรียนในพื้นที่ให้นักเรียน"
                    "มาร่วมปลูกในช่วงปิดภาคเรียน"
                ),
            ),
        ),
        en=Version(
            title="Trang fishers replant seagrass to bring back the dugongs' pasture",
            standfirst=(
                "Small-scale fishers from four villages have replanted more than 30 rai of "
                "seagrass in two years. Researchers have found dugongs feeding in the recovered "
                "beds."
            ),
            hero_caption="Seagrass beds at low tide off the coast of Trang.",
            hero_alt=(
                "Blue-green sea at low tide, with seagrass beds visible beneath the shallow water"
            ),
            tags=("Dugongs", "Seagrass", "Trang", "Andaman Sea"),
            body=(
                p(
                    "At the lowest tide of the month, fishers from four villages in Kantang "
                    "district, Trang, wade into the shallows with baskets of seagrass seedlings to "
                    "replant beds that have thinned out over recent years."
                ),
                p(
                    "Seagrass is the dugong's main food and a nursery for young fish, shrimp and "
                    "crabs. Researchers say sediment from coastal construction and warmer water "
                    "have shrunk some beds by almost half."
                ),
                quote(
                    "In my father's time the seagrass was so thick boats got stuck, and there were "
                    "plenty of fish. Now we have to go much further. If we don't replant, our "
                    "grandchildren will have nothing to catch.",
                    "Mad Talengam",
                    "Head of the Ban Laem small-scale fishers' group",
                ),
                p(
                    "Over two years the group has planted more than 30 rai, raising seedlings in "
                    "cages near the village before moving them to the beds, and taking turns to "
                    "keep push-net boats out of the protected zone."
                ),
                picture(
                    "A fisher's hands pressing a seagrass seedling into sand under shallow water",
                    "A fisher plants seagrass at the lowest tide.",
                ),
                related(
                    "who-earns-from-mangrove-carbon-credits",
                    "wildlife-underpass-elephants",
                    "koh-tao-volunteer-divers-coral-bleaching",
                ),
                quote(
                    "We have already found dugong feeding trails in beds planted in the first "
                    "year, which tells us the community's seagrass is doing its job in the "
                    "ecosystem.",
                    "Dr Ni-on Madlee",
                    "Coastal resources researcher, Andaman Marine Research Centre",
                ),
                p(
                    "Researchers fly a drone over the area every month and have seen dugongs "
                    "feeding near the planted beds more often in the past six months, though it "
                    "is too early to say whether their numbers are rising."
                ),
                p(
                    "Some seedlings wash out in the monsoon, so the group has started planting "
                    "them in biodegradable sandbags, which has raised the survival rate from "
                    "about half to nearly three-quarters."
                ),
                p(
                    "The fishers are seeking money to expand their nursery and have invited local "
                    "schools to send pupils to help plant during the holidays."
                ),
            ),
        ),
    ),
    Story(
        slug="who-earns-from-mangrove-carbon-credits",
        section="environment",
        hours_ago=112,
        authors=("onuma",),
        th=Version(
            title="ใครได้ประโยชน์จากคาร์บอนเครดิตป่าชายเลน: ชุมชนที่ปลูก หรือบริษัทที่ซื้อ?",
            standfirst=(
                "ชุมชนชายฝั่งหลายแห่งได้รับส่วนแบ่งรายได้จากคาร์บอนเครดิตน้อยกว่าที่คาด "
                "เพราะค่าตรวจวัด ค่านายหน้า และสัญญาที่ผูกพันยาวถึง 30 ปี"
            ),
            hero_caption="ป่าชายเลนที่ชุมชนปลูกฟื้นฟูริมอ่าวไทย",
            hero_alt="แนวต้นโกงกางริมน้ำกร่อย รากค้ำจุนโผล่พ้นน้ำช่วงน้ำลง",
            tags=("ป่าชายเลน", "คาร์บอนเครดิต", "ชุมชนชายฝั่ง"),
            body=(
                p(
                    "ชุมชนชายฝั่งในจังหวัดสมุทรสาครและเพชรบุรีปลูกป่าชายเลนมาหลายสิบปีเพื่อกันคลื่น"
                    "และเป็นแหล่งหากิน เมื่อบริษัทเอกชนเริ่มสนใจซื้อคาร์บอนเครดิตจากป่าชายเลน "
                    "ชาวบ้านหลายคนหวังว่าจะมีรายได้ใหม่เข้าชุมชน"
                ),
                p(
                    "แต่การสำรวจของสถาบันวิจัยชายฝั่งและสังคมพบว่า ใน 12 โครงการที่ศึกษา "
                    "ชุมชนได้รับส่วนแบ่งเฉลี่ยเพียงร้อยละ 20 ถึง 35 ของรายได้จากการขายเครดิต "
                    "ส่วนที่เหลือเป็นค่าตรวจวัดค่ารับรอง และค่าบริการของบริษัทตัวกลาง"
                ),
                h2("สัญญายาวหนึ่งชั่วอายุคน"),
                p(
                    "โครงการส่วนใหญ่ทำสัญญา 20 ถึง 30 ปี และกำหนดเงื่อนไขการใช้พื้นที่ เช่น "
                    "ห้ามตัดไม้ในบางแปลง "
                    "ซึ่งผู้นำชุมชนบางคนบอกว่าไม่เข้าใจรายละเอียดทั้งหมดตอนลงนาม"
                ),
                quote(
                    "สัญญาเป็นภาษาอังกฤษหกสิบหน้า เราได้ฉบับแปลสรุปมาสามหน้า วันนี้เพิ่งรู้ว่า"
                    "ถ้าป่าเสียหายจากพายุ เราต้องรับผิดชอบด้วย",
                    "บุญส่ง ชายทะเล",
                    "ผู้นำชุมชนอนุรักษ์ป่าชายเลน จังหวัดเพชรบุรี",
                ),
                related("wildlife-underpass-elephants", "ubon-community-solar-cooperative"),
                p(
                    "บริษัทตัวกลางชี้แจงว่าต้นทุนการตรวจวัดคาร์บอนในป่าชายเลนสูงกว่าป่าบก เพราะต้อง"
                    "วัดทั้งต้นไม้และคาร์บอนในดินเลน และการรับรองจากมาตรฐานสากลมีค่าใช้จ่ายสูง"
                ),
                quote(
                    "คาร์บอนเครดิตอาจเป็นรายได้ที่ดีของชุมชนได้ "
                    "ถ้าชุมชนมีที่ปรึกษาของตัวเองตอนเจรจา "
                    "และเห็นตัวเลขทุกบรรทัดว่าเงินไปอยู่ที่ไหน",
                    "ดร.เพ็ญศรี อ่อนละมัย",
                    "ผู้อำนวยการสถาบันวิจัยชายฝั่งและสังคม",
                ),
                facts(
                    "คาร์บอนเครดิตป่าชายเลน",
                    (
                        "ชุมชนได้ส่วนแบ่งเฉลี่ย 20-35% ของรายได้ใน 12 โครงการที่ศึกษา",
                        "สัญญาส่วนใหญ่ยาว 20-30 ปี",
                        "ป่าชายเลนเก็บคาร์บอนในดินเลนได้มากกว่าในต้นไม้",
                    ),
                    "สถาบันวิจัยชายฝั่งและสังคม",
                ),
                p(
                    "ผู้วิจัยเสนอให้มีสัญญามาตรฐานภาษาไทย กำหนดส่วนแบ่งขั้นต่ำของชุมชน และให้ชุมชน"
                    "ถอนตัวได้หากบริษัทไม่เปิดเผยข้อมูลการขาย"
                ),
                p("หน่วยงานที่กำกับตลาดคาร์บอนภาคสมัครใจระบุว่ากำลังพิจารณาข้อเสนอดังกล่าว"),
            ),
        ),
        en=Version(
            title="Who really earns from mangrove carbon credits: the villages that plant them, "
            "or the firms that buy them?",
            standfirst=(
                "Coastal communities are getting a smaller share of carbon credit income than they "
                "expected, after measurement fees, brokers' cuts and contracts lasting 30 years."
            ),
            hero_caption="Mangroves replanted by a community on the Gulf of Thailand.",
            hero_alt=(
                "A line of mangrove trees along brackish water, their prop roots exposed at low "
                "tide"
            ),
            tags=("Mangroves", "Carbon credits", "Coastal communities"),
            body=(
                p(
                    "Coastal communities in Samut Sakhon and Phetchaburi have planted mangroves "
                    "for decades to hold back the waves and to fish among. When companies began "
                    "to buy carbon credits from mangroves, many villagers hoped for a new income."
                ),
                p(
                    "But a study by the Institute for Coastal and Social Research found that "
                    "across 12 projects, communities received on average only 20 to 35 per cent "
                    "of the money from credit sales. The rest went on measurement, certification "
                    "and intermediaries' fees."
                ),
                h2("A contract for a generation"),
                p(
                    "Most projects sign contracts for 20 to 30 years and restrict how the land "
                    "can be used, such as no cutting in some plots. Some community leaders say "
                    "they did not understand all the details when they signed."
                ),
                quote(
                    "The contract was sixty pages in English. We got a three-page summary in "
                    "Thai. Only today did we learn that if a storm damages the forest, we are "
                    "liable too.",
                    "Boonsong Chaithale",
                    "Leader of a mangrove conservation community, Phetchaburi",
                ),
                related(
                    "wildlife-underpass-elephants",
                    "koh-tao-volunteer-divers-coral-bleaching",
                ),
                p(
                    "Intermediaries say measuring carbon in mangroves costs more than on land, "
                    "because both the trees and the carbon in the mud must be measured, and "
                    "international certification is expensive."
                ),
                quote(
                    "Carbon credits can be a good income for communities, if they have their own "
                    "adviser at the negotiating table and can see every line of where the money "
                    "goes.",
                    "Dr Pensri Onlamai",
                    "Director, Institute for Coastal and Social Research",
                ),
                facts(
                    "Mangrove carbon credits",
                    (
                        "Communities received 20-35% of income on average in 12 projects studied",
                        "Most contracts run 20-30 years",
                        "Mangroves store more carbon in their mud than in their trees",
                    ),
                    "Institute for Coastal and Social Research",
                ),
                p(
                    "The researchers propose a standard contract in Thai, a minimum community "
                    "share, and the right to withdraw if a company does not disclose its sales."
                ),
                p(
                    "The body overseeing the voluntary carbon market says it is considering the "
                    "proposals."
                ),
            ),
        ),
    ),
    Story(
        slug="wildlife-underpass-elephants",
        section="environment",
        hours_ago=250,
        authors=("onuma",),
        th=Version(
            title="กล้องดักถ่ายพบช้างป่าใช้ทางลอดใต้ถนน 40 ครั้งในหกเดือน",
            standfirst=(
                "ทางลอดสำหรับสัตว์ป่าใต้ถนนที่ตัดผ่านผืนป่าในภาคตะวันออกช่วยลดการชนระหว่างรถ"
                "กับสัตว์ป่า นักวิจัยพบทั้งช้าง กระทิง และหมีหมาใช้เส้นทาง"
            ),
            hero_caption="ทางลอดสำหรับสัตว์ป่าใต้ถนนที่ตัดผ่านผืนป่า",
            hero_alt="ช่องทางลอดคอนกรีตขนาดใหญ่ใต้ถนน มีต้นไม้ขึ้นหนาทั้งสองฝั่ง",
            tags=("ช้างป่า", "สัตว์ป่า", "ถนน"),
            body=(
                p(
                    "กล้องดักถ่ายที่ติดตั้งบริเวณทางลอดสำหรับสัตว์ป่าใต้ถนนสายหนึ่งที่ตัดผ่านผืนป่า"
                    "ในภาคตะวันออก บันทึกภาพช้างป่าใช้ทางลอดได้ 40 ครั้งในหกเดือนแรก นับตั้งแต่"
                    "เปิดใช้งาน"
                ),
                p(
                    "นอกจากช้าง กล้องยังบันทึกภาพกระทิง กวาง หมูป่า และหมีหมา "
                    "ซึ่งก่อนหน้านี้ต้องข้ามถนนที่มีรถวิ่งเร็ว "
                    "และเคยเกิดอุบัติเหตุรถชนสัตว์ป่าหลายครั้ง"
                ),
                quote(
                    "ช้างเป็นสัตว์ที่จำเส้นทางได้ดีมาก ตอนแรกเราไม่แน่ใจว่าจะยอมเดินลอดคอนกรีต"
                    "หรือไม่ แต่ฝูงแรกใช้ทางลอดภายในสามสัปดาห์",
                    "ดร.วีรยุทธ ป่าไพร",
                    "นักนิเวศวิทยาสัตว์ป่า มูลนิธิอนุรักษ์ผืนป่าตะวันออก",
                ),
                p(
                    "ทีมงานปลูกต้นไม้ท้องถิ่นบริเวณปากทางลอดทั้งสองฝั่ง "
                    "และทำรั้วนำทางยาวหลายร้อยเมตรเพื่อให้สัตว์เดินเข้าหาทางลอดแทนการปีนข้ามถนน"
                ),
                related("ubon-community-solar-cooperative"),
                quote(
                    "เมื่อก่อนขับรถกลางคืนต้องลุ้นทุกโค้ง เคยเจอช้างยืนกลางถนนสองครั้ง เดี๋ยวนี้แทบไม่เจอแล้ว",
                    "ประเสริฐ ดอนไพร",
                    "คนขับรถบรรทุกผลไม้ที่ใช้เส้นทางนี้เป็นประจำ",
                ),
                p(
                    "นักวิจัยเตือนว่าทางลอดเพียงจุดเดียวไม่พอสำหรับถนนยาวหลายสิบกิโลเมตร และเสนอให้"
                    "สร้างเพิ่มอีกสามจุดตามเส้นทางที่สัตว์ใช้บ่อย ซึ่งระบุได้จากข้อมูลกล้องดักถ่าย"
                ),
                p(
                    "ข้อมูลจากหน่วยงานดูแลทางหลวงในพื้นที่ระบุว่าอุบัติเหตุรถชนสัตว์ป่าบนถนนช่วงนี"
                    "้ลดลงจากเจ็ดครั้งในปีก่อนหน้า เหลือหนึ่งครั้งนับตั้งแต่เปิดใช้ทางลอด"
                ),
                p("โครงการจะเผยแพร่ข้อมูลจากกล้องดักถ่ายทั้งหมดให้นักวิจัยและประชาชนเข้าถึงได้ภายในปีนี้"),
            ),
        ),
        en=Version(
            title="Camera traps catch wild elephants using a road underpass 40 times in six months",
            standfirst=(
                "A wildlife underpass beneath a road through an eastern forest is cutting "
                "collisions between vehicles and animals. Researchers have seen elephants, gaur "
                "and sun bears use it."
            ),
            hero_caption="A wildlife underpass beneath a road through the forest.",
            hero_alt=(
                "A large concrete underpass beneath a road, with dense trees growing on both sides"
            ),
            tags=("Elephants", "Wildlife", "Roads"),
            body=(
                p(
                    "Camera traps at a wildlife underpass beneath a road through a forest in "
                    "eastern Thailand recorded wild elephants using it 40 times in the first six "
                    "months after it opened."
                ),
                p(
                    "Besides elephants, the cameras caught gaur, deer, wild boar and sun bears, "
                    "animals that used to cross a road with fast traffic, where there had been "
                    "several collisions."
                ),
                quote(
                    "Elephants remember their routes very well. At first we were not sure they "
                    "would walk under concrete, but the first herd used it within three weeks.",
                    "Dr Weerayut Paphrai",
                    "Wildlife ecologist, Eastern Forest Conservation Foundation",
                ),
                p(
                    "The team planted native trees at both mouths of the underpass and built guide "
                    "fences several hundred metres long, so animals walk towards the passage "
                    "instead of climbing onto the road."
                ),
                related("koh-tao-volunteer-divers-coral-bleaching"),
                quote(
                    "Driving at night used to mean holding your breath at every bend. I met "
                    "elephants standing in the road twice. Now I hardly ever do.",
                    "Prasert Donphrai",
                    "Fruit lorry driver who uses the road regularly",
                ),
                p(
                    "Researchers warn that one underpass is not enough for a road tens of "
                    "kilometres long, and propose three more where the camera data shows animals "
                    "cross most often."
                ),
                p(
                    "Local highway records show collisions with wildlife on this stretch fell from "
                    "seven in the previous year to one since the underpass opened."
                ),
                p(
                    "The project will publish all its camera trap data for researchers and the "
                    "public later this year."
                ),
            ),
        ),
    ),
    Story(
        slug="koh-tao-volunteer-divers-coral-bleaching",
        section="environment",
        hours_ago=330,
        authors=("onuma",),
        en=Version(
            title="Volunteer divers log coral bleaching off Koh Tao, one reef at a time",
            standfirst=(
                "Recreational divers trained as citizen scientists are surveying the island's "
                "reefs every week, giving researchers a record no research budget could pay for."
            ),
            hero_caption="A shallow reef off Koh Tao, where volunteers record bleaching each week.",
            hero_alt="Sunlight through clear blue water over a shallow coral reef",
            tags=("Coral reefs", "Koh Tao", "Citizen science"),
            body=(
                p(
                    "Every Thursday morning, a dive boat leaves Koh Tao with a group who are not "
                    "there for the view. Each volunteer carries a slate with a colour chart, and "
                    "swims a fixed line over the reef noting how pale each coral has turned."
                ),
                p(
                    "The programme, run by a marine conservation group on the island, has trained "
                    "more than 400 recreational divers to survey reefs to a common method. Their "
                    "records now cover 22 sites, some surveyed every week for three years."
                ),
                quote(
                    "No research budget could pay for a diver at every site every week. Volunteers "
                    "give us a record detailed enough to see bleaching start, not just count the "
                    "damage afterwards.",
                    "Dr Kanokwan Samutsakorn",
                    "Marine biologist, Gulf Reef Monitoring Network",
                ),
                picture(
                    "A diver holding a white slate with a colour chart beside a branching coral",
                    "A volunteer compares a coral with the colour chart on her slate.",
                ),
                p(
                    "During last hot season the volunteers recorded bleaching at 17 of the 22 "
                    "sites. Most corals recovered their colour when the water cooled, but about "
                    "one in ten colonies at the shallowest sites died."
                ),
                quote(
                    "I came to Koh Tao to learn to dive and stayed two years. Watching the same "
                    "reef every week, you start to feel responsible for it.",
                    "Tom Ellison",
                    "Volunteer surveyor",
                ),
                p(
                    "Researchers use the data to advise dive shops which sites to rest when the "
                    "water is hottest, spreading divers across more of the island's reefs."
                ),
                p(
                    "Dive shops have largely cooperated, though some owners worry that resting "
                    "popular sites at the height of the season costs them customers."
                ),
                p(
                    "The group is now training Thai dive instructors to run surveys in Thai, so "
                    "the programme does not depend on visitors who come and go."
                ),
            ),
        ),
    ),
    Story(
        slug="ubon-community-solar-cooperative",
        section="environment",
        hours_ago=440,
        authors=("onuma", "nattawut"),
        th=Version(
            title="สหกรณ์โซลาร์ชุมชนในอุบลฯ ขายไฟให้โรงเรียนและวัด ลดค่าไฟหมู่บ้านลงร้อยละ 30",
            standfirst=(
                "ชาวบ้าน 120 ครัวเรือนลงหุ้นติดแผงโซลาร์บนหลังคาศาลาและโรงเรียน รายได้จากการขายไฟ"
                "นำมาปันผลและจ้างช่างในหมู่บ้านดูแลระบบ"
            ),
            hero_caption="แผงโซลาร์บนหลังคาศาลาการเปรียญของวัดในหมู่บ้าน",
            hero_alt="แผงโซลาร์เซลล์เรียงบนหลังคาอาคารไม้ท่ามกลางทุ่งนา",
            tags=("พลังงานแสงอาทิตย์", "อุบลราชธานี", "สหกรณ์", "พลังงานชุมชน"),
            body=(
                p(
                    "ชาวบ้านในตำบลแห่งหนึ่งของอำเภอวารินชำราบ จังหวัดอุบลราชธานี "
                    "ร่วมกันตั้งสหกรณ์พลังงานชุมชน ติดแผงโซลาร์เซลล์บนหลังคาศาลาการเปรียญ "
                    "โรงเรียน และอาคารอเนกประสงค์ของหมู่บ้าน รวมกำลังผลิต 250 กิโลวัตต์"
                ),
                p(
                    "สมาชิก 120 ครัวเรือนลงหุ้นคนละ 1,000 ถึง 20,000 บาท ส่วนที่เหลือกู้จากกองทุน"
                    "พลังงานชุมชน ไฟฟ้าที่ผลิตได้ขายให้โรงเรียนและวัดในราคาต่ำกว่าค่าไฟปกติ"
                ),
                quote(
                    "เมื่อก่อนค่าไฟโรงเรียนเดือนละหมื่นกว่าบาท ต้องตัดงบกิจกรรมเด็ก ตอนนี้ลดไปเกือบ"
                    "ครึ่ง เงินที่เหลือเอาไปซื้อหนังสือเข้าห้องสมุด",
                    "ผอ.สมบัติ คำภูแก้ว",
                    "ผู้อำนวยการโรงเรียนในหมู่บ้าน",
                ),
                p(
                    "หลังดำเนินการมาสองปี สหกรณ์ระบุว่าค่าไฟรวมของอาคารส่วนกลางในหมู่บ้านลดลง"
                    "ราวร้อยละ 30 และเริ่มปันผลให้สมาชิกได้เป็นปีแรก"
                ),
                p(
                    "สหกรณ์ส่งคนหนุ่มสาวในหมู่บ้านสามคนไปอบรมการติดตั้งและซ่อมบำรุงระบบโซลาร์ "
                    "ตอนนี้ทั้งสามคนรับงานติดตั้งให้บ้านเรือนในตำบลใกล้เคียงด้วย"
                ),
                quote(
                    "พลังงานชุมชนไม่ได้วัดแค่ค่าไฟที่ลดลง "
                    "แต่วัดจากการที่ชาวบ้านเป็นเจ้าของและตัดสินใจเองว่าจะใช้รายได้ทำอะไร",
                    "ดร.อัมพร ศรีวงศ์ชัย",
                    "นักวิจัยพลังงานชุมชน สถาบันพลังงานสะอาดแห่งเอเชีย",
                ),
                p(
                    "ความท้าทายต่อไปคือการกักเก็บพลังงาน เพราะโรงเรียนใช้ไฟน้อยในช่วงปิดภาคเรียน "
                    "สหกรณ์จึงกำลังศึกษาการติดแบตเตอรี่และการขายไฟส่วนเกินเข้าระบบ"
                ),
                p("หมู่บ้านอื่นในจังหวัดอย่างน้อยห้าแห่งมาดูงานแล้ว และสองแห่งเริ่มระดมหุ้นตั้งสหกรณ์ของตัวเอง"),
            ),
        ),
    ),
)
