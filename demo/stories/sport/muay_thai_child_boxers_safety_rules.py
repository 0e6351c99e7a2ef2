"""A demo story for the Sport section. Invented people, clubs and institutions; real places."""

from demo.schema import Story, Version, facts, h2, p, quote, related

STORY = Story(
    slug="muay-thai-child-boxers-safety-rules",
    section="sport",
    hours_ago=12.5,
    authors=("kritsada", "pongsakorn"),
    th=Version(
        title="เวทีมวยต้องมีแพทย์ข้างเวที ห้ามนักมวยอายุต่ำกว่า 12 ปีออกอาวุธที่ศีรษะ",
        standfirst=(
            "กติกาใหม่สำหรับมวยไทยเยาวชนกำหนดให้สวมเฮดการ์ดทุกไฟต์ ตรวจร่างกายก่อนขึ้นชก "
            "และพักอย่างน้อย 21 วันระหว่างไฟต์ ค่ายมวยส่วนใหญ่เห็นด้วย แต่ห่วงรายได้ของเด็ก"
        ),
        hero_caption="นักมวยเยาวชนซ้อมกับคู่ซ้อมในค่ายมวยย่านชานเมือง",
        hero_alt="นักมวยเด็กสวมเฮดการ์ดสีแดงซ้อมเตะเป้ากับครูมวย",
        tags=("มวยไทย", "เยาวชน", "ความปลอดภัย"),
        body=(
            p(
                "คณะกรรมการกีฬามวยเยาวชนประกาศกติกาใหม่สำหรับการชกมวยไทยของนักมวยอายุต่ำกว่า "
                "15 ปี โดยนักมวยที่อายุต่ำกว่า 12 ปีจะออกอาวุธที่ศีรษะไม่ได้ "
                "และทุกไฟต์ต้องมีแพทย์ประจำข้างเวที"
            ),
            p(
                "นอกจากนี้นักมวยเยาวชนทุกคนต้องสวมเฮดการ์ด ผ่านการตรวจร่างกายก่อนขึ้นชก และพัก"
                "อย่างน้อย 21 วันระหว่างไฟต์ เวทีที่ฝ่าฝืนจะถูกระงับการจัดชกเยาวชนหกเดือน"
            ),
            quote(
                "สมองของเด็กยังพัฒนาอยู่ การกระแทกซ้ำ ๆ แม้ไม่รุนแรงก็สะสมได้ "
                "กติกานี้ไม่ได้ห้ามเด็กชกมวย แต่ทำให้เด็กชกมวยได้นานและปลอดภัยขึ้น",
                "นพ.อนุชา รัตนพันธ์",
                "แพทย์เวชศาสตร์การกีฬา ศูนย์การแพทย์กีฬาเจ้าพระยา",
            ),
            p(
                "มวยไทยเยาวชนเป็นทั้งกีฬาและแหล่งรายได้สำคัญของหลายครอบครัวในต่างจังหวัด "
                "เด็กบางคนขึ้นชกเดือนละสองถึงสามครั้งตามงานวัดและเวทีท้องถิ่น"
            ),
            related(
                "sepak-takraw-school-league",
                "para-athletes-training-centre",
            ),
            h2("เสียงจากค่ายมวย"),
            p(
                "เจ้าของค่ายมวยส่วนใหญ่ที่ผู้สื่อข่าวสอบถามเห็นด้วยกับการมีแพทย์ข้างเวทีและเฮด"
                "การ์ด แต่กังวลว่าการพัก 21 วันจะทำให้รายได้ของเด็กและค่ายลดลง "
                "และอาจผลักให้บางไฟต์ไปจัดนอกระบบ"
            ),
            quote(
                "ค่ายเราสอนให้เด็กรักมวย ไม่ได้สอนให้เด็กเจ็บ "
                "แต่ถ้ากติกาเข้มจนเวทีเล็กอยู่ไม่ได้ เด็กจะไปชกที่ที่ไม่มีใครดูแลเลย",
                "ครูมานพ ศักดิ์ศรีชัย",
                "เจ้าของค่ายมวยในจังหวัดบุรีรัมย์",
            ),
            facts(
                "กติกาใหม่มวยไทยเยาวชน",
                (
                    "อายุต่ำกว่า 12 ปี ห้ามออกอาวุธที่ศีรษะ",
                    "สวมเฮดการ์ดทุกไฟต์",
                    "แพทย์ประจำข้างเวทีทุกไฟต์",
                    "พักอย่างน้อย 21 วันระหว่างไฟต์",
                ),
                "คณะกรรมการกีฬามวยเยาวชน",
            ),
            p(
                "คณะกรรมการฯ ระบุว่าจะจัดอบรมแพทย์และพยาบาลในจังหวัดให้พร้อมทำหน้าที่ข้างเวที "
                "และจะอุดหนุนค่าแพทย์ให้เวทีขนาดเล็กในปีแรก"
            ),
            p("กติกาใหม่จะเริ่มบังคับใช้ในอีกสามเดือน"),
        ),
    ),
    en=Version(
        title="Muay thai rings must have a doctor ringside, and under-12s may not strike "
        "to the head",
        standfirst=(
            "New youth rules require headguards in every fight, a medical check before "
            "boxing and at least 21 days between bouts. Most gyms agree but worry about "
            "children's earnings."
        ),
        hero_caption="Young boxers spar at a gym on the edge of the city.",
        hero_alt="A child boxer in a red headguard practising kicks on a pad held by a trainer",
        tags=("Muay thai", "Youth sport", "Safety"),
        body=(
            p(
                "The Youth Boxing Sports Committee has announced new rules for muay thai "
                "fighters under 15. Boxers younger than 12 may no longer strike to the head, "
                "and every bout must have a doctor at ringside."
            ),
            p(
                "All young boxers must also wear headguards, pass a medical check before "
                "fighting and rest at least 21 days between bouts. Venues that break the rules "
                "will be barred from staging youth fights for six months."
            ),
            quote(
                "A child's brain is still developing; repeated blows add up even when they are "
                "not hard. These rules do not stop children boxing. They let them box for "
                "longer, and more safely.",
                "Dr Anucha Rattanaphan",
                "Sports medicine doctor, Chao Phraya Sports Medicine Centre",
            ),
            p(
                "Youth muay thai is both a sport and an important income for many families in "
                "the provinces. Some children fight two or three times a month at temple fairs "
                "and local venues."
            ),
            related(
                "para-athletes-training-centre",
                "should-universities-fund-esports-scholarships",
            ),
            h2("What the gyms say"),
            p(
                "Most gym owners we spoke to welcomed ringside doctors and headguards, but "
                "worried that the 21-day rest would cut children's and gyms' income and could "
                "push some fights outside the rules altogether."
            ),
            quote(
                "We teach children to love boxing, not to get hurt. But if the rules are so "
                "strict that small venues cannot survive, children will fight where nobody "
                "looks after them at all.",
                "Manop Saksrichai",
                "Gym owner, Buriram province",
            ),
            facts(
                "The new youth muay thai rules",
                (
                    "Under-12s may not strike to the head",
                    "Headguards in every bout",
                    "A doctor at ringside for every bout",
                    "At least 21 days' rest between bouts",
                ),
                "Youth Boxing Sports Committee",
            ),
            p(
                "The committee says it will train doctors and nurses in each province for "
                "ringside duty, and will pay the doctor's fee for small venues in the first "
                "year."
            ),
            p("The rules take effect in three months."),
        ),
    ),
)
