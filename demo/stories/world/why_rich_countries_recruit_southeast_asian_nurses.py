"""A demo story for the World section. Invented people and institutions; real places."""

from demo.schema import Story, Version, facts, h2, p, quote, related

STORY = Story(
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
)
