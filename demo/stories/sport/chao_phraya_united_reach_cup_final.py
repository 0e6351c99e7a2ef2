"""A demo story for the Sport section. Invented people, clubs and institutions; real places."""

from demo.schema import Story, Version, p, picture, quote, related

STORY = Story(
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
                "เราเป็นสโมสรเล็กที่สร้างนักเตะเอง คืนนี้เด็กสามคนในสนามมาจากอะคาเดมีของเรา นั่นคือสิ่งที่ผมภูมิใจที่สุด",
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
)
