"""A demo story for the Technology section. Invented people and institutions; real places."""

from demo.schema import Story, Version, facts, h2, p, quote, related

STORY = Story(
    slug="open-thai-speech-dataset",
    section="technology",
    hours_ago=4.2,
    authors=("piyanuch",),
    th=Version(
        title="สามมหาวิทยาลัยเปิดชุดข้อมูลเสียงภาษาไทยถิ่น 2,000 ชั่วโมงให้ใช้ฟรี",
        standfirst=(
            "ชุดข้อมูลเสียงพูดภาษาเหนือ อีสาน และใต้ จากอาสาสมัครกว่า 9,000 คน หวังให้ระบบ"
            "รู้จำเสียงและผู้ช่วยอัจฉริยะเข้าใจคนไทยที่ไม่ได้พูดภาษากลาง"
        ),
        hero_caption="อาสาสมัครอ่านประโยคบันทึกเสียงในห้องอัดเสียงของมหาวิทยาลัย",
        hero_alt="ไมโครโฟนตั้งโต๊ะในห้องอัดเสียงที่บุผนังด้วยแผ่นซับเสียง",
        tags=("ปัญญาประดิษฐ์", "ภาษาไทย", "ข้อมูลเปิด"),
        body=(
            p(
                "มหาวิทยาลัยสามแห่งร่วมกันเปิดชุดข้อมูลเสียงพูดภาษาไทยถิ่นความยาวรวมกว่า "
                "2,000 ชั่วโมงให้นักวิจัยและบริษัทใช้ได้ฟรี ภายใต้สัญญาอนุญาตแบบเปิด "
                "ชุดข้อมูลประกอบด้วยเสียงพูดภาษาเหนือ อีสาน และใต้ "
                "พร้อมข้อความถอดเสียงที่ตรวจทานโดยเจ้าของภาษา"
            ),
            p(
                "ระบบรู้จำเสียงภาษาไทยส่วนใหญ่ในปัจจุบันฝึกจากเสียงภาษากลางและเสียงผู้ประกาศข่"
                "าว ทำให้ถอดความผิดบ่อยเมื่อผู้ใช้พูดสำเนียงท้องถิ่น "
                "ซึ่งเป็นปัญหาเมื่อบริการรัฐและธนาคารหันมาใช้ระบบตอบรับอัตโนมัติมากขึ้น"
            ),
            quote(
                "แม่ของดิฉันพูดกับผู้ช่วยในโทรศัพท์เป็นภาษาอีสาน แล้วมันไม่เข้าใจสักคำ "
                "เทคโนโลยีไม่ควรบังคับให้คนต้องเปลี่ยนวิธีพูดของตัวเอง",
                "ผศ.ดร.อรุณี แสงสว่าง",
                "หัวหน้าโครงการ ภาควิชาวิทยาการคอมพิวเตอร์ มหาวิทยาลัยนครธารา",
            ),
            p(
                "อาสาสมัครกว่า 9,000 คนจาก 40 จังหวัดบันทึกเสียงผ่านแอปที่ทีมวิจัยพัฒนาขึ้น "
                "โดยอ่านประโยคที่กำหนดและเล่าเรื่องในชีวิตประจำวันอย่างอิสระ ผู้เข้าร่วมทุกคน"
                "ให้ความยินยอมและสามารถขอถอนเสียงของตัวเองออกได้"
            ),
            related(
                "animation-students-open-film",
                "sim-card-limit-call-centre-scams",
                "isaan-school-coding-clubs",
            ),
            h2("ความเป็นส่วนตัวของเสียง"),
            p(
                "ทีมวิจัยตัดชื่อ ที่อยู่ และข้อมูลที่ระบุตัวตนออกจากข้อความถอดเสียง "
                "และไม่เผยแพร่ข้อมูลอายุหรือเพศของผู้พูดในระดับรายบุคคล "
                "แต่ยอมรับว่าเสียงพูดเองก็เป็นข้อมูลที่อาจใช้ระบุตัวตนได้"
            ),
            quote(
                "ข้อมูลเปิดที่ดีต้องมาพร้อมเงื่อนไขที่ชัด "
                "ห้ามใช้เลียนเสียงบุคคลและห้ามใช้ระบุตัวตนเป็นสิ่งที่ควรเขียนไว้ตั้งแต่วันแรก",
                "ดร.กิตติพัฒน์ ธนากร",
                "นักวิจัยด้านจริยธรรมข้อมูล สถาบันนโยบายดิจิทัลแห่งเอเชีย",
            ),
            facts(
                "ชุดข้อมูลในตัวเลข",
                (
                    "เสียงพูดรวมกว่า 2,000 ชั่วโมง",
                    "อาสาสมัครกว่า 9,000 คนจาก 40 จังหวัด",
                    "สามกลุ่มภาษาถิ่น: เหนือ อีสาน ใต้",
                    "ใช้ได้ฟรีภายใต้สัญญาอนุญาตแบบเปิด ห้ามใช้เลียนเสียงบุคคล",
                ),
                "โครงการเสียงไทยถิ่น",
            ),
            p(
                "ทีมวิจัยวางแผนเพิ่มเสียงภาษามลายูถิ่นและภาษาของกลุ่มชาติพันธุ์บนพื้นที่สูง"
                "ในระยะต่อไป และเปิดรับอาสาสมัครเพิ่มผ่านเว็บไซต์ของโครงการ"
            ),
            p("บริษัทเทคโนโลยีสองรายแจ้งว่าจะนำชุดข้อมูลไปทดสอบกับระบบตอบรับอัตโนมัติของตนภายในไตรมาสหน้า"),
        ),
    ),
    en=Version(
        title="Three universities release 2,000 hours of regional Thai speech, free to use",
        standfirst=(
            "Recordings of northern, north-eastern and southern Thai from more than 9,000 "
            "volunteers aim to teach speech recognition to understand Thais who do not speak "
            "the central dialect."
        ),
        hero_caption="A volunteer reads sentences into a microphone in a university recording "
        "booth.",
        hero_alt=(
            "A desk microphone in a recording room whose walls are lined with sound-absorbing "
            "panels"
        ),
        tags=("Artificial intelligence", "Thai language", "Open data"),
        body=(
            p(
                "Three universities have released more than 2,000 hours of recorded regional "
                "Thai speech for researchers and companies to use free of charge under an "
                "open licence. The collection covers northern, north-eastern and southern "
                "Thai, with transcripts checked by native speakers."
            ),
            p(
                "Most Thai speech recognition today is trained on central Thai and "
                "newsreaders' voices, so it often gets regional accents wrong, a growing "
                "problem as government services and banks move to automated phone lines."
            ),
            quote(
                "My mother speaks Isan to the assistant on her phone and it does not "
                "understand a word. Technology should not force people to change how they "
                "speak.",
                "Asst Prof Arunee Saengsawang",
                "Project lead, Department of Computer Science, Nakhon Thara University",
            ),
            p(
                "More than 9,000 volunteers from 40 provinces recorded themselves through an "
                "app built by the team, reading set sentences and talking freely about daily "
                "life. All gave consent and can ask for their recordings to be withdrawn."
            ),
            related("sim-card-limit-call-centre-scams", "isaan-school-coding-clubs"),
            h2("The privacy of a voice"),
            p(
                "The team removed names, addresses and other identifying details from the "
                "transcripts and does not publish individual speakers' ages or genders, but "
                "acknowledges that a voice can itself identify a person."
            ),
            quote(
                "Good open data comes with clear conditions. No cloning of voices and no "
                "identifying speakers should be written in from day one.",
                "Dr Kittipat Thanakorn",
                "Data ethics researcher, Asian Digital Policy Institute",
            ),
            facts(
                "The dataset in numbers",
                (
                    "More than 2,000 hours of speech",
                    "More than 9,000 volunteers from 40 provinces",
                    "Three regional varieties: northern, north-eastern, southern",
                    "Free under an open licence that forbids voice cloning",
                ),
                "Regional Thai Voices project",
            ),
            p(
                "The team plans to add southern Malay and the languages of highland ethnic "
                "groups next, and is recruiting more volunteers through the project's website."
            ),
            p(
                "Two technology companies say they will test the data with their automated "
                "phone systems next quarter."
            ),
        ),
    ),
)
