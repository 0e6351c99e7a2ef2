"""A demo story for the Environment section. Invented people and institutions; real places."""

from demo.schema import Story, Version, facts, h2, p, quote, related

STORY = Story(
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
            "A line of mangrove trees along brackish water, their prop roots exposed at low tide"
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
)
