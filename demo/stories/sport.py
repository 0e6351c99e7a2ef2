"""Demo stories for the Sport section. Invented people, clubs and institutions; real places."""

from demo.schema import Story, Version, facts, h2, p, picture, quote, related

STORIES = (
    Story(
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
    ),
    Story(
        slug="chao-phraya-united-reach-cup-final",
        section="sport",
        hours_ago=20,
        authors=("kritsada",),
        th=Version(
            title="เจ้าพระยา ยูไนเต็ด ดวลจุดโทษชนะ อันดามัน เอฟซี ทะลุชิงสยามคัพครั้งแรก",
            standfirst=(
                "ผู้รักษาประตูวัย 19 ปีเซฟจุดโทษสองครั้ง พาทีมจากนนทบุรีเข้าชิงชนะเลิศ"
                "เป็นครั้งแรกในประวัติศาสตร์สโมสร รอพบ โคราช ธันเดอร์ ในนัดชิงเดือนหน้า"
            ),
            hero_caption="แฟนบอลเจ้าพระยา ยูไนเต็ด ฉลองหลังจบการดวลจุดโทษ",
            hero_alt="แฟนบอลบนอัฒจันทร์ชูผ้าพันคอสีฟ้าใต้แสงไฟสนาม",
            tags=("ฟุตบอลไทย", "สยามคัพ", "เจ้าพระยา ยูไนเต็ด"),
            body=(
                p(
                    "เจ้าพระยา ยูไนเต็ด ผ่านเข้าชิงชนะเลิศถ้วยสยามคัพเป็นครั้งแรกในประวัติศาสตร์"
                    "สโมสร หลังเสมอ อันดามัน เอฟซี 1-1 ในเวลา 120 นาที และชนะการดวลจุดโทษ 4-2 "
                    "ต่อหน้าแฟนบอลกว่า 11,000 คนที่สนามในนนทบุรีเมื่อคืนที่ผ่านมา"
                ),
                p(
                    "อันดามัน เอฟซี ขึ้นนำก่อนในนาทีที่ 34 จากลูกโหม่งหลังเตะมุม "
                    "ก่อนที่เจ้าบ้านจะตีเสมอในนาทีที่ 78 จากลูกยิงไกลของกองกลางวัย 21 ปี "
                    "ที่ลงเป็นตัวสำรองเพียงสิบนาทีก่อนหน้า"
                ),
                picture(
                    "ผู้รักษาประตูในชุดสีเขียวพุ่งตัวปัดลูกจุดโทษออกข้างเสา",
                    "จังหวะเซฟจุดโทษครั้งที่สองที่พาทีมเข้าชิง",
                ),
                p(
                    "ฮีโร่ของเกมคือผู้รักษาประตูวัย 19 ปีจากทีมเยาวชนของสโมสร "
                    "ซึ่งเซฟจุดโทษได้สองครั้งในการลงสนามนัดที่ห้าของเขาในทีมชุดใหญ่"
                ),
                quote(
                    "ผมดูคลิปการยิงจุดโทษของเขาทั้งคืนเมื่อวาน แต่พอยืนอยู่ในประตูจริง ๆ ผมเชื่อใจตัวเองมากกว่าคลิป",
                    "ณัฐพงษ์ แก้วกาญจนา",
                    "ผู้รักษาประตู เจ้าพระยา ยูไนเต็ด",
                ),
                related(
                    "sepak-takraw-school-league",
                    "should-universities-fund-esports-scholarships",
                ),
                quote(
                    "เราเป็นสโมสรเล็กที่สร้างนักเตะเอง คืนนี้เด็กสามคนในสนามมาจากอะคาเดมีของเรา "
                    "นั่นคือสิ่งที่ผมภูมิใจที่สุด",
                    "ชาญวิทย์ บุญรอด",
                    "ผู้ฝึกสอน เจ้าพระยา ยูไนเต็ด",
                ),
                p(
                    "อันดามัน เอฟซี มีโอกาสชนะในเวลาปกติจากลูกยิงชนเสาในนาทีที่ 88 "
                    "และครองบอลได้มากกว่าตลอดช่วงต่อเวลา "
                    "แต่ไม่สามารถผ่านแนวรับของเจ้าบ้านที่ถอยลงไปตั้งรับเกือบทั้งทีม"
                ),
                p(
                    "เจ้าพระยา ยูไนเต็ด จะพบกับ โคราช ธันเดอร์ แชมป์เก่าสองสมัย ในนัดชิงชนะเลิศ"
                    "ที่สนามกลางเดือนหน้า สโมสรระบุว่าจะเปิดขายตั๋วให้สมาชิกก่อนในสัปดาห์นี้"
                ),
                p("ผู้ชนะสยามคัพจะได้สิทธิ์ไปเล่นฟุตบอลสโมสรระดับภูมิภาคในฤดูกาลหน้า"),
            ),
        ),
        en=Version(
            title="Chao Phraya United beat Andaman FC on penalties to reach first Siam Cup final",
            standfirst=(
                "A 19-year-old goalkeeper saved two penalties to take the Nonthaburi club to its "
                "first final, where Khorat Thunder await next month."
            ),
            hero_caption="Chao Phraya United supporters celebrate after the shoot-out.",
            hero_alt="Football fans in the stands holding up blue scarves under the floodlights",
            tags=("Thai football", "Siam Cup", "Chao Phraya United"),
            body=(
                p(
                    "Chao Phraya United reached the Siam Cup final for the first time in the "
                    "club's history last night, drawing 1-1 with Andaman FC after 120 minutes and "
                    "winning the shoot-out 4-2 in front of more than 11,000 fans in Nonthaburi."
                ),
                p(
                    "Andaman FC went ahead in the 34th minute with a header from a corner. The "
                    "hosts equalised in the 78th with a long-range shot from a 21-year-old "
                    "midfielder who had come off the bench only ten minutes earlier."
                ),
                picture(
                    "A goalkeeper in green dives to push a penalty past the post",
                    "The second penalty save that sent the club to the final.",
                ),
                p(
                    "The hero was a 19-year-old goalkeeper from the club's youth team, who saved "
                    "two penalties in only his fifth first-team appearance."
                ),
                quote(
                    "I watched videos of their penalties all night. But standing in the goal, I "
                    "trusted myself more than the videos.",
                    "Nattapong Kaewkanjana",
                    "Goalkeeper, Chao Phraya United",
                ),
                related(
                    "foreign-runners-chao-phraya-night-marathon",
                    "should-universities-fund-esports-scholarships",
                ),
                quote(
                    "We are a small club that develops its own players. Three of the lads on the "
                    "pitch tonight came through our academy. That is what I am proudest of.",
                    "Chanwit Boonrod",
                    "Head coach, Chao Phraya United",
                ),
                p(
                    "Andaman FC hit the post in the 88th minute and had more of the ball "
                    "throughout extra time, but could not break down a home side that defended "
                    "with almost every player behind the ball."
                ),
                p(
                    "Chao Phraya United will face two-time winners Khorat Thunder in the final at "
                    "a neutral ground in the middle of next month. The club says members can buy "
                    "tickets first, from this week."
                ),
                p("The Siam Cup winner earns a place in regional club competition next season."),
            ),
        ),
    ),
    Story(
        slug="sepak-takraw-school-league",
        section="sport",
        hours_ago=76,
        authors=("kritsada",),
        th=Version(
            title="ลีกตะกร้อโรงเรียนมัธยมดึงผู้ชมเต็มโรงยิม ถ่ายทอดสดออนไลน์มีคนดูหลักแสน",
            standfirst=(
                "ลีกที่เริ่มจากโรงเรียนแปดแห่งในสุพรรณบุรีขยายเป็น 48 ทีมจาก 12 จังหวัด "
                "แมวมองจากสโมสรอาชีพเริ่มมานั่งดูข้างสนาม"
            ),
            hero_caption="นักตะกร้อโรงเรียนกระโดดฟาดลูกข้ามตาข่ายในรอบรองชนะเลิศ",
            hero_alt="นักตะกร้อลอยตัวกลางอากาศฟาดลูกข้ามตาข่าย ผู้ชมเต็มอัฒจันทร์",
            tags=("ตะกร้อ", "กีฬาโรงเรียน", "สุพรรณบุรี"),
            body=(
                p(
                    "โรงยิมของโรงเรียนแห่งหนึ่งในสุพรรณบุรีมีผู้ชมเต็มทุกที่นั่งในรอบรองชนะเลิศ"
                    "ของลีกตะกร้อโรงเรียนมัธยมเมื่อสุดสัปดาห์ที่ผ่านมา ขณะที่การถ่ายทอดสดออนไลน์"
                    "มีผู้ชมพร้อมกันสูงสุดกว่าหนึ่งแสนคน"
                ),
                p(
                    "ลีกนี้เริ่มเมื่อสี่ปีก่อนจากโรงเรียนเพียงแปดแห่ง ปัจจุบันมี 48 ทีมจาก 12 "
                    "จังหวัด แข่งแบบเหย้าเยือนตลอดภาคเรียน "
                    "และมีกติกาว่านักกีฬาต้องมีผลการเรียนผ่านเกณฑ์"
                ),
                quote(
                    "เด็กบางคนไม่เคยมีใครมาดูเล่นนอกจากเพื่อนในห้อง วันนี้มีคนทั้งอำเภอมาเชียร์ "
                    "มันเปลี่ยนวิธีที่เด็กมองตัวเองเลย",
                    "ครูวิชัย ทองประเสริฐ",
                    "ผู้ก่อตั้งลีกและครูพลศึกษา",
                ),
                p(
                    "ความนิยมของลีกทำให้แมวมองจากสโมสรตะกร้ออาชีพเริ่มมานั่งดูข้างสนาม และนักกีฬา"
                    "อย่างน้อยห้าคนได้รับทุนการศึกษาระดับมหาวิทยาลัยในปีนี้"
                ),
                related(
                    "para-athletes-training-centre",
                    "should-universities-fund-esports-scholarships",
                ),
                p(
                    "ผู้จัดหารายได้จากผู้สนับสนุนในท้องถิ่น เช่น ร้านวัสดุก่อสร้างและโรงสีข้าว "
                    "และแบ่งรายได้จากการถ่ายทอดสดให้โรงเรียนที่เป็นเจ้าภาพ"
                ),
                quote(
                    "ตอนเด็กผมเล่นตะกร้อหลังโรงเรียนกับลูกที่ขาดแล้วขาดอีก ถ้ามีลีกแบบนี้ ชีวิตผมอาจไปอีกทาง",
                    "สุริยา มั่นคง",
                    "อดีตนักตะกร้อ ผู้สนับสนุนลีก",
                ),
                p(
                    "ทีมงานถ่ายทอดสดเป็นนักศึกษาสายอาชีพด้านสื่อจากวิทยาลัยในจังหวัด "
                    "ซึ่งได้ฝึกงานจริงตั้งแต่การตั้งกล้อง การพากย์ "
                    "ไปจนถึงการตัดไฮไลต์ลงโซเชียลมีเดีย"
                ),
                p("รอบชิงชนะเลิศจะจัดขึ้นในเดือนหน้า และผู้จัดหวังขยายลีกไปภาคอีสานในปีการศึกษาหน้า"),
            ),
        ),
    ),
    Story(
        slug="para-athletes-training-centre",
        section="sport",
        hours_ago=162,
        authors=("kritsada",),
        th=Version(
            title="ศูนย์ฝึกกีฬาคนพิการแห่งใหม่ที่ขอนแก่นเปิดให้นักกีฬาในภูมิภาคใช้ฟรี",
            standfirst=(
                "ศูนย์ฝึกที่ออกแบบให้ใช้งานได้ทุกจุดตั้งแต่ลานจอดรถถึงห้องอาบน้ำ มีสนามบอคเซีย "
                "ลู่วิ่ง และสระว่ายน้ำ นักกีฬาไม่ต้องเดินทางเข้ากรุงเทพฯ เพื่อฝึกซ้อมอีกต่อไป"
            ),
            hero_caption="นักกีฬาวีลแชร์ฝึกซ้อมบนลู่วิ่งของศูนย์ฝึกแห่งใหม่",
            hero_alt="นักกีฬาบนวีลแชร์แข่งขันกำลังเข็นตัวบนลู่วิ่งสีแดง",
            tags=("กีฬาคนพิการ", "ขอนแก่น", "พาราลิมปิก"),
            body=(
                p(
                    "ศูนย์ฝึกกีฬาคนพิการแห่งใหม่ในจังหวัดขอนแก่นเปิดให้บริการแล้ว โดยนักกีฬาคนพิการ"
                    "ในภาคอีสานใช้สิ่งอำนวยความสะดวกได้ฟรี ทั้งสนามบอคเซีย ลู่วิ่งสำหรับวีลแชร์ "
                    "ยิมยกน้ำหนัก และสระว่ายน้ำที่มีทางลาดลงน้ำ"
                ),
                p(
                    "ก่อนหน้านี้นักกีฬาหลายคนต้องเดินทางเข้ากรุงเทพฯ เพื่อใช้สนามที่ได้มาตรฐาน "
                    "ซึ่งทั้งเหนื่อยและมีค่าใช้จ่ายสูง โดยเฉพาะนักกีฬาที่ต้องมีผู้ช่วยเดินทางไปด้วย"
                ),
                quote(
                    "เมื่อก่อนผมซ้อมบนถนนหน้าบ้านตอนเช้ามืดก่อนรถเยอะ วันนี้ได้ลู่จริงใกล้บ้าน "
                    "เวลาที่เคยเสียไปกับการเดินทางกลายเป็นเวลาซ้อม",
                    "อนันต์ ศรีบุญเรือง",
                    "นักกีฬาวีลแชร์เรซซิ่ง ทีมจังหวัดขอนแก่น",
                ),
                p(
                    "ศูนย์ฯ ออกแบบร่วมกับนักกีฬาคนพิการตั้งแต่ขั้นแรก ทุกจุดตั้งแต่ลานจอดรถ "
                    "ห้องล็อกเกอร์ จนถึงห้องอาบน้ำเข้าถึงได้ด้วยวีลแชร์ "
                    "และมีป้ายอักษรเบรลล์ทั่วอาคาร"
                ),
                related("should-universities-fund-esports-scholarships"),
                quote(
                    "เราถามนักกีฬาก่อนวาดแบบทุกห้อง ไม่ใช่สร้างเสร็จแล้วค่อยถาม นั่นคือความต่าง"
                    "ที่นักกีฬารู้สึกได้ทันทีที่เข้ามา",
                    "ดร.ศิริลักษณ์ โพธิ์ทอง",
                    "ผู้อำนวยการศูนย์ฝึกกีฬาคนพิการภาคตะวันออกเฉียงเหนือ",
                ),
                p(
                    "งบประมาณก่อสร้างส่วนหนึ่งมาจากองค์การบริหารส่วนจังหวัด "
                    "อีกส่วนมาจากการระดมทุนของสมาคมนักกีฬาคนพิการ "
                    "ซึ่งใช้เวลาเกือบสี่ปีกว่าจะได้เงินครบ"
                ),
                p(
                    "ศูนย์ฯ จะจัดค่ายฝึกสำหรับเยาวชนคนพิการทุกปิดภาคเรียน และเปิดอบรมผู้ฝึกสอน"
                    "จากโรงเรียนเฉพาะความพิการในภูมิภาค"
                ),
                p("นักกีฬาที่ต้องการใช้สนามลงทะเบียนได้ที่ศูนย์ฯ หรือผ่านสมาคมกีฬาคนพิการประจำจังหวัด"),
            ),
        ),
        en=Version(
            title="New para sport training centre in Khon Kaen opens free to athletes from "
            "the region",
            standfirst=(
                "Designed to be accessible everywhere from the car park to the showers, with a "
                "boccia court, a track and a pool, it saves athletes the trip to Bangkok to train."
            ),
            hero_caption="A wheelchair racer trains on the new centre's track.",
            hero_alt="An athlete in a racing wheelchair pushing along a red running track",
            tags=("Para sport", "Khon Kaen", "Paralympics"),
            body=(
                p(
                    "A new training centre for athletes with disabilities has opened in Khon Kaen, "
                    "free to use for para athletes from the north-east. It has a boccia court, a "
                    "wheelchair racing track, a weights gym and a pool with a ramp into the water."
                ),
                p(
                    "Until now many athletes had to travel to Bangkok for facilities of a proper "
                    "standard: tiring and expensive, especially for those who need a companion on "
                    "the journey."
                ),
                quote(
                    "I used to train on the road outside my house before dawn, before the traffic. "
                    "Now I have a real track close to home. The time I lost travelling has become "
                    "training time.",
                    "Anan Sribunruang",
                    "Wheelchair racer, Khon Kaen provincial team",
                ),
                p(
                    "The centre was designed with para athletes from the start. Everything from "
                    "the car park and lockers to the showers is wheelchair accessible, and there "
                    "is Braille signage throughout."
                ),
                related(
                    "foreign-runners-chao-phraya-night-marathon",
                    "should-universities-fund-esports-scholarships",
                ),
                quote(
                    "We asked the athletes before drawing every room, not after building it. They "
                    "notice that difference the moment they walk in.",
                    "Dr Sirilak Phothong",
                    "Director, North-Eastern Para Sport Training Centre",
                ),
                p(
                    "Part of the construction money came from the provincial administration and "
                    "part from a fundraising drive by para athletes' associations, which took "
                    "almost four years."
                ),
                p(
                    "The centre will run camps for young para athletes in every school holiday and "
                    "train coaches from special schools in the region."
                ),
                p(
                    "Athletes can register to use the facilities at the centre or through their "
                    "provincial para sport association."
                ),
            ),
        ),
    ),
    Story(
        slug="foreign-runners-chao-phraya-night-marathon",
        section="sport",
        hours_ago=190,
        authors=("kritsada",),
        en=Version(
            title="Why do foreign runners keep coming back to a marathon that starts at 2am?",
            standfirst=(
                "The Chao Phraya Night Marathon sets off in the small hours to beat the heat. A "
                "third of its runners now come from abroad, and many return year after year."
            ),
            hero_caption="Runners cross a bridge over the Chao Phraya before dawn.",
            hero_alt="A stream of runners with head torches crossing a lit bridge at night",
            tags=("Running", "Marathon", "Bangkok"),
            body=(
                p(
                    "At two in the morning, when most of Bangkok is asleep, several thousand "
                    "runners gather on a riverside road for the start of the Chao Phraya Night "
                    "Marathon. By sunrise the fastest are finished; by eight, the sweepers are "
                    "folding up the last water tables."
                ),
                p(
                    "The race starts in the small hours to avoid the heat, and organisers say that "
                    "is exactly what draws runners from abroad: a rare chance to run through a "
                    "great city with its streets almost empty."
                ),
                quote(
                    "Running across the river with the temples lit up and nobody else around is "
                    "something you cannot do on any other day. That is why I have come back four "
                    "times.",
                    "Hannah Weber",
                    "Amateur runner from Hamburg",
                ),
                p(
                    "About a third of this year's entrants came from abroad, the largest groups "
                    "from Japan, Singapore and Europe. Hotels near the start offer late checkout "
                    "and breakfast from 9am."
                ),
                related("should-universities-fund-esports-scholarships"),
                quote(
                    "Heat is the biggest risk in any tropical marathon. Starting at two gives "
                    "runners four cool hours, and we put medical teams every three kilometres.",
                    "Dr Chalermchai Wattana",
                    "Race medical director",
                ),
                p(
                    "Local runners have mixed feelings: some love the atmosphere, while others "
                    "say the early start makes the race hard for anyone working a Saturday shift."
                ),
                p(
                    "Residents along the route are part of the draw. Food stalls open specially, "
                    "and neighbourhood groups hand out cold towels and play music outside their "
                    "homes at three in the morning."
                ),
                p(
                    "Entries for next year's race open next month, with places held back for "
                    "runners from the provinces."
                ),
            ),
        ),
    ),
    Story(
        slug="should-universities-fund-esports-scholarships",
        section="sport",
        hours_ago=282,
        authors=("kritsada",),
        th=Version(
            title="มหาวิทยาลัยควรให้ทุนนักกีฬาอีสปอร์ตเหมือนนักฟุตบอลหรือไม่?",
            standfirst=(
                "มหาวิทยาลัยเอกชนอย่างน้อยสี่แห่งเริ่มให้ทุนเรียนฟรีแก่ผู้เล่นเกมระดับแข่งขัน "
                "ผู้สนับสนุนบอกว่าเป็นอาชีพจริง ผู้คัดค้านห่วงสุขภาพและการเรียนของนักศึกษา"
            ),
            hero_caption="การแข่งขันอีสปอร์ตระดับมหาวิทยาลัยที่มีผู้ชมเต็มห้องประชุม",
            hero_alt="ผู้เล่นเกมนั่งเรียงหน้าจอบนเวที ผู้ชมนั่งเต็มห้องประชุมที่มืด",
            tags=("อีสปอร์ต", "ทุนการศึกษา", "มหาวิทยาลัย"),
            body=(
                p(
                    "มหาวิทยาลัยเอกชนอย่างน้อยสี่แห่งเริ่มให้ทุนการศึกษาแก่นักกีฬาอีสปอร์ต "
                    "โดยคัดเลือกจากอันดับในการแข่งขันระดับประเทศ "
                    "เช่นเดียวกับที่เคยให้ทุนนักฟุตบอลหรือนักวอลเลย์บอล"
                ),
                p(
                    "ผู้ได้รับทุนต้องฝึกซ้อมกับทีมของมหาวิทยาลัยสัปดาห์ละไม่ต่ำกว่า 15 ชั่วโมง "
                    "ลงแข่งในนามสถาบัน และรักษาผลการเรียนให้ผ่านเกณฑ์"
                ),
                h2("ฝ่ายสนับสนุน"),
                quote(
                    "อุตสาหกรรมเกมต้องการทั้งผู้เล่น โค้ช นักวิเคราะห์ และคนทำคอนเทนต์ "
                    "ทุนนี้ไม่ได้สร้างแค่นักกีฬา แต่สร้างคนที่เข้าใจธุรกิจทั้งระบบ",
                    "ผศ.ดร.ธนกร เลิศวิริยะ",
                    "ผู้อำนวยการหลักสูตรธุรกิจเกม มหาวิทยาลัยนวธานี",
                ),
                p(
                    "ผู้สนับสนุนชี้ว่าการแข่งขันระดับสูงต้องใช้การวางแผน การทำงานเป็นทีม "
                    "และการตัดสินใจภายใต้ความกดดันไม่ต่างจากกีฬาประเภทอื่น "
                    "และมหาวิทยาลัยช่วยให้ผู้เล่นมีวุฒิการศึกษารองรับเมื่อเลิกเล่น"
                ),
                h2("ฝ่ายที่กังวล"),
                p(
                    "แพทย์และนักจิตวิทยาบางส่วนกังวลเรื่องการนั่งหน้าจอนานหลายชั่วโมง การนอนไม่พอ "
                    "และความเสี่ยงที่นักศึกษาจะทุ่มเวลาให้เกมจนกระทบการเรียน"
                ),
                quote(
                    "ถ้ามหาวิทยาลัยจะให้ทุน ต้องมีโปรแกรมดูแลร่างกายและจิตใจจริงจังแบบทีมกีฬาอาชีพ "
                    "ไม่ใช่แค่ให้ห้องและคอมพิวเตอร์",
                    "พญ.กมลชนก วิริยะกุล",
                    "จิตแพทย์เด็กและวัยรุ่น โรงพยาบาลนวธานี",
                ),
                p(
                    "มหาวิทยาลัยสองแห่งที่ให้ทุนระบุว่าได้จ้างนักกายภาพบำบัดและนักจิตวิทยาการกีฬา"
                    "ประจำทีมแล้ว และกำหนดให้ผู้เล่นออกกำลังกายกลางแจ้งวันละอย่างน้อยหนึ่งชั่วโมง"
                ),
                p("ที่ประชุมอธิการบดีมหาวิทยาลัยเอกชนจะหารือเรื่องแนวปฏิบัติกลางสำหรับทุนอีสปอร์ตในการประชุมครั้งหน้า"),
            ),
        ),
        en=Version(
            title="Should universities give esports scholarships, as they do for footballers?",
            standfirst=(
                "At least four private universities now offer free tuition to competitive gamers. "
                "Supporters call it a real career; critics worry about students' health and "
                "studies."
            ),
            hero_caption="A university esports match in front of a packed auditorium.",
            hero_alt=(
                "Gamers seated in a row at screens on a stage, with spectators filling a darkened "
                "auditorium"
            ),
            tags=("Esports", "Scholarships", "Universities"),
            body=(
                p(
                    "At least four private universities have begun offering scholarships to "
                    "esports players, selected on their national rankings, just as they have long "
                    "done for footballers and volleyball players."
                ),
                p(
                    "Scholars must train with the university team at least 15 hours a week, "
                    "compete in its name and keep their grades above the required level."
                ),
                h2("The case for"),
                quote(
                    "The games industry needs players, coaches, analysts and content makers. These "
                    "scholarships do not just make athletes; they make people who understand the "
                    "whole business.",
                    "Asst Prof Thanakorn Lertwiriya",
                    "Director of the games business programme, Nawathani University",
                ),
                p(
                    "Supporters argue that top-level competition demands planning, teamwork and "
                    "decisions under pressure like any other sport, and that a degree gives "
                    "players something to fall back on when they retire."
                ),
                h2("The worries"),
                p(
                    "Some doctors and psychologists are concerned about long hours in front of a "
                    "screen, too little sleep and the risk that students give so much time to "
                    "games that their studies suffer."
                ),
                quote(
                    "If universities give scholarships, they need serious physical and mental "
                    "health programmes, like a professional sports team, not just a room and some "
                    "computers.",
                    "Dr Kamonchanok Wiriyakul",
                    "Child and adolescent psychiatrist, Nawathani Hospital",
                ),
                p(
                    "Two of the universities say they have hired physiotherapists and sports "
                    "psychologists for their teams, and require players to exercise outdoors for "
                    "at least an hour a day."
                ),
                p(
                    "The council of private university presidents will discuss common guidelines "
                    "for esports scholarships at its next meeting."
                ),
            ),
        ),
    ),
)
