"""Demo stories for the World section. Invented people and institutions; real places."""

from demo.schema import Story, Version, facts, h2, p, quote, related

STORIES = (
    Story(
        slug="mekong-council-dry-season-talks",
        section="world",
        hours_ago=0.8,
        authors=("thanaphon",),
        th=Version(
            title="ประเทศลุ่มน้ำโขงเริ่มเจรจาแบ่งน้ำหน้าแล้ง หลังระดับน้ำต่ำสุดในรอบหลายปี",
            standfirst=(
                "ผู้แทนสี่ประเทศประชุมที่เวียงจันทน์เพื่อตกลงเรื่องการปล่อยน้ำจากเขื่อนในฤดูแล้ง "
                "ชาวประมงและเกษตรกรริมโขงขอให้เปิดข้อมูลการปล่อยน้ำล่วงหน้าอย่างน้อยหนึ่งสัปดาห์"
            ),
            hero_caption="แม่น้ำโขงช่วงหน้าแล้ง ที่สันดอนทรายโผล่กลางลำน้ำ",
            hero_alt="แม่น้ำกว้างในฤดูแล้ง มีสันดอนทรายโผล่กลางลำน้ำ",
            tags=("แม่น้ำโขง", "ภัยแล้ง", "อาเซียน"),
            body=(
                p(
                    "ผู้แทนจากไทย ลาว กัมพูชา และเวียดนาม เริ่มการประชุมสามวันที่นครหลวงเวียงจันทน์"
                    "วันนี้ เพื่อหาข้อตกลงเรื่องการปล่อยน้ำจากเขื่อนในช่วงฤดูแล้ง หลังระดับน้ำโขง"
                    "หลายจุดลดลงต่ำสุดในรอบหลายปี"
                ),
                p(
                    "สภาลุ่มน้ำโขงตอนล่างซึ่งเป็นเจ้าภาพระบุว่า "
                    "ระดับน้ำที่สถานีวัดน้ำนครพนมต่ำกว่าค่าเฉลี่ยช่วงเดียวกันเกือบสองเมตร "
                    "และสันดอนทรายที่โผล่ขึ้นกลางแม่น้ำทำให้เรือขนส่งสินค้าบางเส้นทางต้องหยุดวิ่ง"
                ),
                quote(
                    "ปลาไม่รู้จักพรมแดน ถ้าน้ำขึ้นลงผิดฤดู ปลาก็ไม่วางไข่ ชาวประมงทั้งสองฝั่งโขงก็เดือดร้อนเหมือนกันหมด",
                    "ดร.สุวรรณี พิมพ์ทอง",
                    "นักวิจัยประมงน้ำจืด ศูนย์ศึกษาระบบนิเวศแม่น้ำนานาชาติ",
                ),
                p(
                    "ข้อเสนอหลักบนโต๊ะเจรจาคือให้เจ้าของเขื่อนแจ้งแผนการปล่อยน้ำล่วงหน้าอย่างน้อย"
                    "เจ็ดวัน และเปิดข้อมูลระดับน้ำในอ่างเก็บน้ำให้ประเทศท้ายน้ำเห็นแบบรายวัน"
                ),
                related(
                    "bangkok-canal-communities-brace-for-dam-release",
                    "asian-cities-heat-action-plans",
                    "satellite-tracking-fishing-fleets",
                ),
                h2("ริมโขงรอคำตอบ"),
                p(
                    "ที่อำเภอธาตุพนม จังหวัดนครพนม ชาวประมงหลายรายเลิกวางข่ายไปแล้วตั้งแต่ต้นเดือน "
                    "บางคนหันไปรับจ้างในสวนยางหรือเข้าไปทำงานในเมือง ส่วนเกษตรกรที่ปลูกผักริมตลิ่ง"
                    "ต้องต่อท่อสูบน้ำยาวขึ้นเกือบเท่าตัว"
                ),
                quote(
                    "ปีก่อนน้ำมาเร็วจนผักริมตลิ่งจมหมด ปีนี้น้ำหายจนต้องเดินไกลกว่าเดิมร้อยเมตร"
                    "กว่าจะถึงน้ำ เราไม่ได้ขอให้น้ำมาก แค่ขอให้รู้ก่อน",
                    "ทองสุข วงศ์ษา",
                    "เกษตรกรริมโขง อำเภอธาตุพนม",
                ),
                facts(
                    "แม่น้ำโขงในตัวเลข",
                    (
                        "ไหลผ่านหกประเทศ ยาวราว 4,900 กิโลเมตร",
                        "ระดับน้ำที่นครพนมต่ำกว่าค่าเฉลี่ยช่วงเดียวกันเกือบ 2 เมตร",
                        "ข้อเสนอ: แจ้งแผนปล่อยน้ำล่วงหน้าอย่างน้อย 7 วัน",
                    ),
                    "สภาลุ่มน้ำโขงตอนล่าง",
                ),
                p(
                    "นักสังเกตการณ์คาดว่าการประชุมครั้งนี้จะได้ข้อตกลงเรื่องการแลกเปลี่ยนข้อมูล"
                    "มากกว่าข้อผูกมัดเรื่องปริมาณน้ำ ซึ่งยังเป็นประเด็นที่หลายประเทศไม่พร้อมเจรจา"
                ),
                p("ผลการประชุมจะเสนอต่อที่ประชุมระดับรัฐมนตรีของสภาฯ ซึ่งมีกำหนดจัดขึ้นในเดือนหน้า"),
            ),
        ),
        en=Version(
            title="Mekong countries open dry-season water talks as the river drops to a "
            "multi-year low",
            standfirst=(
                "Delegates from four countries are meeting in Vientiane to agree on dam releases "
                "in the dry season. Fishers and farmers want at least a week's notice."
            ),
            hero_caption="The Mekong in the dry season, with sandbanks showing mid-river.",
            hero_alt=(
                "A wide river in the dry season, with sandbanks showing in the middle of the "
                "channel"
            ),
            tags=("Mekong", "Drought", "ASEAN"),
            body=(
                p(
                    "Delegates from Thailand, Laos, Cambodia and Vietnam began three days of "
                    "talks in Vientiane today, looking for an agreement on how dams release water "
                    "in the dry season, after the Mekong fell to its lowest level in years at "
                    "several points."
                ),
                p(
                    "The Lower Mekong Basin Council, which is hosting the talks, says the river "
                    "at the Nakhon Phanom gauge is almost two metres below the average for the "
                    "time of year, and sandbanks have halted cargo boats on some routes."
                ),
                quote(
                    "Fish do not know about borders. If the water rises and falls out of season, "
                    "they do not spawn, and fishers on both banks suffer alike.",
                    "Dr Suwannee Pimthong",
                    "Freshwater fisheries researcher, International River Ecology Centre",
                ),
                p(
                    "The main proposal on the table would require dam operators to publish "
                    "release plans at least seven days ahead, and to share reservoir levels with "
                    "downstream countries every day."
                ),
                related(
                    "bangkok-canal-communities-brace-for-dam-release",
                    "asian-cities-heat-action-plans",
                ),
                h2("Waiting on the riverbank"),
                p(
                    "In That Phanom, in Nakhon Phanom province, many fishers stopped setting nets "
                    "at the start of the month. Some have taken work on rubber plantations or in "
                    "town, while farmers growing vegetables on the banks have had to nearly double "
                    "the length of their pump hoses."
                ),
                quote(
                    "Last year the water came so fast it drowned the vegetables on the bank. This "
                    "year it has gone so far we walk a hundred metres more to reach it. We are not "
                    "asking for more water, just to know in advance.",
                    "Thongsuk Wongsa",
                    "Riverside farmer, That Phanom district",
                ),
                facts(
                    "The Mekong in numbers",
                    (
                        "Flows through six countries, about 4,900 km long",
                        "Almost 2 metres below the seasonal average at Nakhon Phanom",
                        "Proposal: release plans published at least 7 days ahead",
                    ),
                    "Lower Mekong Basin Council",
                ),
                p(
                    "Observers expect the talks to produce an agreement on sharing data rather "
                    "than commitments on volumes of water, which several countries are not ready "
                    "to negotiate."
                ),
                p("The outcome will go to the council's ministerial meeting, due next month."),
            ),
        ),
    ),
    Story(
        slug="regional-ports-container-backlog",
        section="world",
        hours_ago=15,
        authors=("thanaphon", "sasithorn"),
        en=Version(
            title="Regional ports race to clear container backlog after a week of storms",
            standfirst=(
                "Ships queued off three of Southeast Asia's busiest ports while cranes stood idle "
                "in high winds. Exporters of fresh fruit are counting the cost."
            ),
            hero_caption="Container ships waiting at anchor outside a port after the storms.",
            hero_alt="Container ships at anchor on a grey sea, cranes on the shore behind",
            tags=("Shipping", "Trade", "Weather"),
            body=(
                p(
                    "Port operators across the region are working round the clock to clear a "
                    "backlog of containers after a week of storms forced cranes to stop and left "
                    "dozens of ships waiting at anchor."
                ),
                p(
                    "At the height of the disruption, more than 60 vessels were queuing outside "
                    "three of the region's busiest ports, according to the Southeast Asian "
                    "Shipping Forum, an industry group. Waiting times for a berth stretched to "
                    "four days."
                ),
                quote(
                    "A crane cannot work in winds above a certain speed, however urgent the cargo. "
                    "We lost almost three full working days, and every day lost takes two to "
                    "recover.",
                    "Captain Lim Wei Jie",
                    "Operations director, Straits Terminal Services",
                ),
                p(
                    "The worst hit are exporters of fresh produce. Durian, mangosteen and "
                    "vegetables travel in refrigerated containers that must be plugged in while "
                    "they wait, and yards have only so many power points."
                ),
                related("durian-packers-cold-chain", "nan-highland-coffee-cooperative"),
                h2("Cheaper to wait than to divert"),
                p(
                    "Some shipping lines considered sending vessels to smaller ports nearby, but "
                    "most chose to wait: smaller terminals lack the cranes and the road links to "
                    "move thousands of containers quickly."
                ),
                quote(
                    "The storms will be forgotten in a fortnight. What exporters will remember is "
                    "whether the ports told them honestly how long the wait would be.",
                    "Dr Ananya Rattanakul",
                    "Logistics economist, Gulf of Thailand Trade Institute",
                ),
                p(
                    "Exporters say the delays have also shown how few refrigerated containers can "
                    "be found at short notice. Several fruit packers in eastern Thailand held "
                    "back shipments for a week because empty reefer boxes were stuck on ships "
                    "waiting offshore."
                ),
                p(
                    "Port operators expect the queue to be cleared by the end of next week, "
                    "provided the weather holds. Freight forwarders are warning customers to allow "
                    "extra days for shipments booked this month."
                ),
            ),
        ),
    ),
    Story(
        slug="asian-cities-heat-action-plans",
        section="world",
        hours_ago=22.5,
        authors=("thanaphon", "onuma"),
        th=Version(
            title="เมืองใหญ่ในเอเชียเร่งทำแผนรับมือคลื่นความร้อน ตั้งแต่ร่มเงาป้ายรถเมล์ถึงเวลาทำงานกลางแจ้ง",
            standfirst=(
                "หลายเมืองเริ่มใช้ระบบเตือนภัยความร้อนแบบเดียวกับเตือนพายุ ปรับเวลาทำงานของคนงาน"
                "ก่อสร้าง และเปิดอาคารสาธารณะเป็นจุดพักคลายร้อน"
            ),
            hero_caption="แดดบ่ายในย่านการค้ากลางเมือง ที่อุณหภูมิพื้นผิวถนนสูงกว่า 50 องศาเซลเซียส",
            hero_alt="ถนนกลางเมืองใต้แดดจัด ผู้คนเดินกางร่มหลบแดด",
            tags=("คลื่นความร้อน", "เมือง", "สภาพภูมิอากาศ"),
            body=(
                p(
                    "เมืองใหญ่หลายแห่งในเอเชียกำลังทำแผนรับมือคลื่นความร้อนอย่างจริงจัง "
                    "หลังช่วงหน้าร้อนที่ผ่านมามีผู้ป่วยจากโรคลมแดดเพิ่มขึ้นจนโรงพยาบาลบางแห่งต้องเ"
                    "ปิดห้องฉุกเฉินเพิ่ม"
                ),
                p(
                    "รายงานของเครือข่ายเมืองรับมือสภาพภูมิอากาศเอเชียซึ่งสำรวจเมือง 18 แห่ง พบว่า"
                    "เกือบครึ่งหนึ่งมีระบบเตือนภัยความร้อนแล้ว โดยแบ่งระดับความเสี่ยงเป็นสีเหมือน"
                    "การเตือนพายุ และส่งข้อความถึงโทรศัพท์ของประชาชนในพื้นที่"
                ),
                quote(
                    "ความร้อนเป็นภัยพิบัติที่มองไม่เห็น ไม่มีบ้านพัง ไม่มีภาพน้ำท่วม แต่คร่าชีวิต"
                    "คนสูงอายุและคนทำงานกลางแจ้งไปเงียบ ๆ ทุกปี",
                    "ดร.ราเชล ตัน",
                    "ผู้อำนวยการเครือข่ายเมืองรับมือสภาพภูมิอากาศเอเชีย",
                ),
                p(
                    "มาตรการที่พบบ่อยที่สุดคือการเลื่อนเวลาทำงานของคนงานก่อสร้างและพนักงานกวาดถนนใ"
                    "ห้เริ่มเช้าขึ้นและหยุดพักช่วงบ่าย และการเปิดห้องสมุด ศูนย์ชุมชน "
                    "และห้างสรรพสินค้าเป็นจุดพักคลายร้อนที่ใครก็เข้าได้"
                ),
                related(
                    "chiang-mai-schools-clean-air-rooms",
                    "who-earns-from-mangrove-carbon-credits",
                ),
                h2("ร่มเงาคือโครงสร้างพื้นฐาน"),
                p(
                    "บางเมืองเริ่มนับต้นไม้และหลังคาป้ายรถเมล์เป็นโครงสร้างพื้นฐานเช่นเดียวกับถนน"
                    "และท่อระบายน้ำ โดยตั้งเป้าให้ทุกป้ายรถเมล์ในย่านที่หนาแน่นมีร่มเงาภายในสามปี"
                ),
                quote(
                    "คนที่รอรถเมล์กลางแดดบ่ายโมงไม่ได้เลือกที่จะยืนตรงนั้น เมืองต้องเลือกแทนเขาว่าจะให้มีร่มเงาหรือไม่",
                    "อ.นวลจันทร์ ศรีวิเศษ",
                    "อาจารย์ด้านการออกแบบเมือง สถาบันเทคโนโลยีเจ้าพระยา",
                ),
                facts(
                    "แผนรับมือความร้อนในเมืองเอเชีย",
                    (
                        "8 จาก 18 เมืองที่สำรวจมีระบบเตือนภัยความร้อนแล้ว",
                        "11 เมืองปรับเวลาทำงานกลางแจ้งในวันที่ร้อนจัด",
                        "5 เมืองตั้งเป้าให้ป้ายรถเมล์ทุกป้ายในย่านหนาแน่นมีร่มเงา",
                    ),
                    "เครือข่ายเมืองรับมือสภาพภูมิอากาศเอเชีย",
                ),
                p(
                    "รายงานเตือนว่าแผนส่วนใหญ่ยังขาดงบประมาณระยะยาว "
                    "และมักถูกลืมเมื่อหน้าร้อนผ่านไป "
                    "พร้อมเสนอให้รัฐบาลกลางจัดสรรเงินให้เมืองโดยตรงแทนการรอโครงการจากต่างประเทศ"
                ),
                p(
                    "สำหรับกรุงเทพฯ รายงานระบุว่ามีการเตือนภัยความร้อนผ่านแอปแล้ว แต่ยังไม่มีจุดพัก"
                    "คลายร้อนที่ประกาศอย่างเป็นทางการ"
                ),
            ),
        ),
        en=Version(
            title="Asian cities draw up heat plans, from shaded bus stops to new hours for "
            "outdoor work",
            standfirst=(
                "Several cities now issue heat warnings the way they warn of storms, move "
                "construction workers' hours and open public buildings as places to cool down."
            ),
            hero_caption="Afternoon sun in a city-centre shopping street, where the road surface "
            "tops 50°C.",
            hero_alt=(
                "A city-centre street in blazing sun, with people walking under umbrellas for shade"
            ),
            tags=("Heatwave", "Cities", "Climate"),
            body=(
                p(
                    "Large cities across Asia are drawing up serious plans for heatwaves, after "
                    "last hot season brought so many cases of heatstroke that some hospitals had "
                    "to open extra emergency rooms."
                ),
                p(
                    "A report by the Asian Cities Climate Network, which surveyed 18 cities, found "
                    "that almost half now have heat warning systems, grading the risk by colour as "
                    "they would for a storm and sending alerts to phones in the area."
                ),
                quote(
                    "Heat is an invisible disaster. No houses collapse and there are no pictures "
                    "of floods, but every year it quietly kills older people and those who work "
                    "outdoors.",
                    "Dr Rachel Tan",
                    "Director, Asian Cities Climate Network",
                ),
                p(
                    "The most common measures are moving the hours of construction workers and "
                    "street sweepers so they start earlier and rest in the afternoon, and opening "
                    "libraries, community centres and shopping malls as cooling points anyone can "
                    "walk into."
                ),
                related(
                    "chiang-mai-schools-clean-air-rooms",
                    "who-earns-from-mangrove-carbon-credits",
                ),
                h2("Shade as infrastructure"),
                p(
                    "Some cities have started counting trees and bus shelter roofs as "
                    "infrastructure, like roads and drains, aiming to give every bus stop in dense "
                    "districts some shade within three years."
                ),
                quote(
                    "The person waiting for a bus in the sun at one in the afternoon did not "
                    "choose to stand there. The city has to choose for them whether there is "
                    "shade.",
                    "Nuanchan Sriwiset",
                    "Lecturer in urban design, Chao Phraya Institute of Technology",
                ),
                facts(
                    "Heat plans in Asian cities",
                    (
                        "8 of the 18 cities surveyed have heat warning systems",
                        "11 change outdoor working hours on the hottest days",
                        "5 aim to shade every bus stop in dense districts",
                    ),
                    "Asian Cities Climate Network",
                ),
                p(
                    "The report warns that most plans lack long-term money and tend to be "
                    "forgotten once the hot season ends. It calls on national governments to fund "
                    "cities directly rather than wait for projects from abroad."
                ),
                p(
                    "Bangkok, the report notes, issues heat warnings through an app but has not "
                    "yet designated official cooling points."
                ),
            ),
        ),
    ),
    Story(
        slug="why-rich-countries-recruit-southeast-asian-nurses",
        section="world",
        hours_ago=60,
        authors=("thanaphon", "pongsakorn"),
        th=Version(
            title="ทำไมประเทศร่ำรวยจึงแย่งกันจ้างพยาบาลจากเอเชียตะวันออกเฉียงใต้ "
            "และโรงพยาบาลไทยจะรักษาคนของตัวเองไว้ได้อย่างไร?",
            standfirst=(
                "ญี่ปุ่น เยอรมนี และประเทศในตะวันออกกลางเสนอเงินเดือนสูงกว่าหลายเท่าพร้อมสอนภาษา"
                "ให้ฟรี ขณะที่โรงพยาบาลรัฐในต่างจังหวัดของไทยขาดพยาบาลเกือบทุกแห่ง"
            ),
            hero_caption="หอผู้ป่วยในโรงพยาบาลประจำจังหวัดช่วงเปลี่ยนเวร",
            hero_alt="ทางเดินในหอผู้ป่วยโรงพยาบาล มีพยาบาลเดินสวนกันช่วงเปลี่ยนเวร",
            tags=("พยาบาล", "แรงงานต่างประเทศ", "สาธารณสุข"),
            body=(
                p(
                    "ในห้องประชุมของโรงแรมแห่งหนึ่งในกรุงเทพฯ เมื่อสุดสัปดาห์ที่ผ่านมา "
                    "บริษัทจัดหางานจากสามประเทศตั้งโต๊ะรับสมัครพยาบาลไทย มีผู้มาลงชื่อกว่า 500 คน "
                    "ส่วนใหญ่อายุไม่ถึง 35 ปี และทำงานในโรงพยาบาลรัฐ"
                ),
                p(
                    "ประเทศที่ประชากรสูงวัยเร็วอย่างญี่ปุ่นและเยอรมนีขาดพยาบาลหลายแสนคน และหันมา"
                    "จ้างจากฟิลิปปินส์ อินโดนีเซีย เวียดนาม และไทยมากขึ้น โดยเสนอเงินเดือนสูงกว่า"
                    "ในประเทศสามถึงห้าเท่า พร้อมคอร์สภาษาฟรีก่อนเดินทาง"
                ),
                h2("แรงดึงและแรงผลัก"),
                p(
                    "พยาบาลที่มาลงชื่อส่วนใหญ่บอกว่าเงินเดือนไม่ใช่เหตุผลเดียว ภาระงานที่หนักขึ้น"
                    "การขึ้นเวรติดกันหลายคืน และความรู้สึกว่าไม่มีเส้นทางเติบโตในอาชีพ ทำให้หลายคน"
                    "เริ่มมองหางานในต่างประเทศ"
                ),
                quote(
                    "หนูไม่ได้อยากทิ้งคนไข้ แต่เดือนที่แล้วขึ้นเวรดึกสิบสองคืน "
                    "ถ้าต้องเหนื่อยเท่ากัน อย่างน้อยที่โน่นก็ได้เก็บเงินส่งพ่อแม่",
                    "พยาบาลวิชาชีพวัย 27 ปี",
                    "โรงพยาบาลรัฐแห่งหนึ่งในภาคอีสาน (ขอไม่เปิดเผยชื่อ)",
                ),
                related("nan-village-telemedicine", "household-debt-survey"),
                p(
                    "โรงพยาบาลชุมชนหลายแห่งในต่างจังหวัดมีอัตราพยาบาลต่อผู้ป่วยต่ำกว่าเกณฑ์อยู่แล้"
                    "ว "
                    "ผู้บริหารโรงพยาบาลกังวลว่าการสูญเสียพยาบาลอายุน้อยที่มีประสบการณ์ห้าถึงสิบปีจ"
                    "ะกระทบการดูแลผู้ป่วยหนักมากที่สุด"
                ),
                quote(
                    "เราห้ามใครไปไม่ได้และไม่ควรห้าม สิ่งที่ทำได้คือทำให้การอยู่ต่อเป็นทางเลือก"
                    "ที่สมเหตุสมผล ทั้งเรื่องเวร ค่าตอบแทน และความก้าวหน้า",
                    "รศ.ดร.วิไลวรรณ ศักดิ์สิทธิ์",
                    "นักวิจัยนโยบายกำลังคนด้านสุขภาพ ศูนย์ศึกษากำลังคนด้านสุขภาพ",
                ),
                facts(
                    "พยาบาลกับการย้ายถิ่น",
                    (
                        "ผู้สมัครงานต่างประเทศในงานรับสมัครครั้งนี้กว่า 500 คน",
                        "เงินเดือนที่เสนอสูงกว่าในประเทศ 3-5 เท่า",
                        "ผู้สมัครส่วนใหญ่อายุต่ำกว่า 35 ปี และทำงานในโรงพยาบาลรัฐ",
                    ),
                    "การสำรวจของ News World Daily ในงานรับสมัคร",
                ),
                p(
                    "บางประเทศเริ่มทำข้อตกลงแบบ 'หมุนเวียน' "
                    "โดยให้พยาบาลไปทำงานต่างประเทศสามถึงห้าปีแล้วกลับมาพร้อมทักษะใหม่ "
                    "และให้ประเทศปลายทางร่วมจ่ายค่าฝึกพยาบาลรุ่นใหม่แทนคนที่ย้ายไป "
                    "นักวิจัยเสนอให้ไทยพิจารณาแนวทางเดียวกัน"
                ),
                p("บริษัทจัดหางานระบุว่าจะกลับมาจัดงานรับสมัครอีกครั้งในเชียงใหม่และขอนแก่นภายในปีนี้"),
            ),
        ),
        en=Version(
            title="Why are rich countries competing for Southeast Asian nurses, and can "
            "Thailand's hospitals keep theirs?",
            standfirst=(
                "Japan, Germany and Gulf states offer several times the pay and free language "
                "classes, while almost every provincial state hospital in Thailand is short of "
                "nurses."
            ),
            hero_caption="A hospital ward in a provincial hospital at shift change.",
            hero_alt="A hospital ward corridor, with nurses passing each other at shift change",
            tags=("Nursing", "Migration", "Health"),
            body=(
                p(
                    "In a Bangkok hotel function room last weekend, recruitment agencies from "
                    "three countries set up tables to sign up Thai nurses. More than 500 "
                    "registered, most of them under 35 and working in state hospitals."
                ),
                p(
                    "Countries whose populations are ageing fast, such as Japan and Germany, are "
                    "short of hundreds of thousands of nurses and are hiring more from the "
                    "Philippines, Indonesia, Vietnam and Thailand, offering three to five times "
                    "local pay and free language courses before departure."
                ),
                h2("Pulled and pushed"),
                p(
                    "Most of the nurses who signed up said pay was not the only reason. Heavier "
                    "workloads, run after run of night shifts and a sense that their careers were "
                    "going nowhere had them looking abroad."
                ),
                quote(
                    "I don't want to leave my patients, but last month I did twelve night shifts. "
                    "If I'm going to be this tired anyway, at least over there I can save money "
                    "for my parents.",
                    "A 27-year-old registered nurse",
                    "State hospital in the north-east (asked not to be named)",
                ),
                related("nan-village-telemedicine"),
                p(
                    "Many district hospitals in the provinces already have fewer nurses per "
                    "patient than the standard. Hospital directors worry that losing young nurses "
                    "with five to ten years' experience will hurt intensive care most."
                ),
                quote(
                    "We cannot stop anyone from going, and we should not. What we can do is make "
                    "staying a reasonable choice, in shifts, pay and prospects.",
                    "Assoc Prof Wilaiwan Saksit",
                    "Health workforce policy researcher, Centre for Health Workforce Studies",
                ),
                facts(
                    "Nurses on the move",
                    (
                        "More than 500 applicants at this recruitment fair",
                        "Pay offered 3-5 times the Thai equivalent",
                        "Most applicants under 35 and working in state hospitals",
                    ),
                    "News World Daily survey at the fair",
                ),
                p(
                    "Some countries have begun 'circular' agreements, under which nurses work "
                    "abroad for three to five years and return with new skills, while the host "
                    "country helps pay to train replacements. Researchers suggest Thailand "
                    "consider the same."
                ),
                p(
                    "The agencies say they will hold further recruitment days in Chiang Mai and "
                    "Khon Kaen later this year."
                ),
            ),
        ),
    ),
    Story(
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
    ),
    Story(
        slug="satellite-tracking-fishing-fleets",
        section="world",
        hours_ago=218,
        authors=("thanaphon",),
        th=Version(
            title="หลายประเทศในภูมิภาคแชร์ข้อมูลดาวเทียมติดตามเรือประมง หวังสกัดการจับปลาผิดกฎหมาย",
            standfirst=(
                "ระบบใหม่รวมสัญญาณระบุตำแหน่งเรือกับภาพถ่ายดาวเทียม ทำให้เห็นเรือที่ปิดเครื่องส่ง"
                "สัญญาณกลางทะเล ชาวประมงพื้นบ้านหวังว่าจะช่วยปกป้องเขตหากินใกล้ฝั่ง"
            ),
            hero_caption="เรือประมงพาณิชย์จอดเทียบท่าก่อนออกทะเล",
            hero_alt="เรือประมงหลายลำจอดเรียงกันที่ท่าเรือยามเช้า",
            tags=("ประมง", "ทะเล", "ดาวเทียม"),
            body=(
                p(
                    "ห้าประเทศในภูมิภาคเริ่มแลกเปลี่ยนข้อมูลการติดตามเรือประมงผ่านระบบกลางที่รวม"
                    "สัญญาณระบุตำแหน่งจากเรือเข้ากับภาพถ่ายดาวเทียม เพื่อหาเรือที่ทำประมงในเขต"
                    "ห้ามจับหรือข้ามเขตแดนทางทะเลโดยไม่ได้รับอนุญาต"
                ),
                p(
                    "จุดเด่นของระบบคือการเทียบภาพดาวเทียมกับสัญญาณจากเรือ "
                    "หากพบเรือในภาพแต่ไม่มีสัญญาณในตำแหน่งเดียวกัน "
                    "ระบบจะแจ้งเตือนเจ้าหน้าที่ว่าอาจมีเรือปิดเครื่องส่งสัญญาณ"
                ),
                quote(
                    "เมื่อก่อนเรือที่ปิดสัญญาณก็เหมือนหายไปจากแผนที่ ตอนนี้ดาวเทียมยังเห็นอยู่ "
                    "คนที่ทำผิดกฎหมายต้องคิดหนักขึ้น",
                    "ดร.มาริสา ลิ้มประเสริฐ",
                    "ผู้ประสานงานศูนย์ข้อมูลทะเลภูมิภาค",
                ),
                p(
                    "ในช่วงทดลองหกเดือน ระบบตรวจพบเรือที่น่าสงสัยกว่า 300 ครั้ง "
                    "และเจ้าหน้าที่ตรวจสอบในทะเลได้ราวหนึ่งในห้า เนื่องจากเรือตรวจการณ์มีจำกัด"
                ),
                p(
                    "ชาวประมงพื้นบ้านในจังหวัดชายฝั่งอ่าวไทยหวังว่าข้อมูลนี้จะช่วยปกป้องเขตทำประมง"
                    "ใกล้ฝั่งจากเรืออวนลากขนาดใหญ่ที่ลักลอบเข้ามาในเวลากลางคืน"
                ),
                quote(
                    "เราเห็นไฟเรือใหญ่ในเขตของเราแทบทุกคืน แจ้งไปก็ไม่มีใครมา "
                    "ถ้ามีภาพจากฟ้าเป็นหลักฐาน อย่างน้อยก็มีคนต้องตอบคำถาม",
                    "สมพร ทะเลลึก",
                    "ประธานกลุ่มประมงพื้นบ้าน จังหวัดประจวบคีรีขันธ์",
                ),
                p(
                    "อย่างไรก็ตาม "
                    "ผู้เชี่ยวชาญด้านกฎหมายทะเลตั้งข้อสังเกตว่าข้อมูลจากดาวเทียมเป็นเพียงจุดเริ่มต"
                    "้น การดำเนินคดีกับเรือที่กระทำผิดยังต้องอาศัยหลักฐานจากการตรวจค้นในทะเล "
                    "และความร่วมมือจากประเทศเจ้าของธงเรือ"
                ),
                p(
                    "ประเทศที่เข้าร่วมตกลงว่าจะทบทวนระบบอีกครั้งในหนึ่งปี "
                    "และพิจารณาเปิดข้อมูลบางส่วนให้องค์กรชุมชนและนักวิจัยเข้าถึงได้"
                ),
            ),
        ),
    ),
)
