"""A demo story for the Sport section. Invented people, clubs and institutions; real places."""

from demo.schema import Story, Version, h2, p, quote

STORY = Story(
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
)
