"""A demo story for the World section. Invented people and institutions; real places."""

from demo.schema import Story, Version, facts, h2, p, quote, related

STORY = Story(
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
)
