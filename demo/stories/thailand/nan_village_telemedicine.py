"""A demo story for the Thailand section. Invented people and institutions; real places."""

from demo.schema import Story, Version, p, quote, related

STORY = Story(
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
                "การแพทย์ทางไกลไม่ได้แทนที่การตรวจร่างกาย แต่ทำให้เราเห็นปัญหาเร็วขึ้น ก่อนที่ผู้ป่วยจะมาถึงห้องฉุกเฉิน",
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
)
