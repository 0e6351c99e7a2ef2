"""Demo stories for the Technology section. Invented people and institutions; real places."""

from demo.schema import Story, Version, embed, facts, h2, p, quote, related

STORIES = (
    Story(
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
    ),
    Story(
        slug="animation-students-open-film",
        section="technology",
        hours_ago=44,
        authors=("piyanuch",),
        th=Version(
            title="นักศึกษาแอนิเมชันเรียนจากภาพยนตร์โอเพนซอร์ส เปิดไฟล์ทุกฉากแกะดูได้ทีละเฟรม",
            standfirst=(
                "เวิร์กช็อปที่เชียงใหม่ใช้ภาพยนตร์สั้นที่เปิดไฟล์งานทั้งหมดให้ดาวน์โหลดเป็นตำราเรี"
                "ยน นักศึกษาได้เห็นว่าฉากที่ดูง่าย ๆ ต้องผ่านการทำงานกี่ขั้นตอน"
            ),
            hero_caption="นักศึกษาแอนิเมชันระหว่างเวิร์กช็อปที่เชียงใหม่",
            hero_alt="จอคอมพิวเตอร์แสดงโปรแกรมสร้างภาพสามมิติ มีตัวละครกระต่ายอยู่กลางจอ",
            tags=("แอนิเมชัน", "โอเพนซอร์ส", "การศึกษา"),
            body=(
                p(
                    "นักศึกษาแอนิเมชันกว่า 80 คนจากสถาบันในภาคเหนือใช้เวลาสามวันในเวิร์กช็อปที่"
                    "เชียงใหม่ เพื่อแกะการทำงานของภาพยนตร์แอนิเมชันสั้นเรื่อง Big Buck Bunny "
                    "ซึ่งสร้างด้วยโปรแกรมโอเพนซอร์สและเปิดให้ดาวน์โหลดไฟล์งานได้ทั้งหมด"
                ),
                p(
                    "ภาพยนตร์เรื่องนี้ออกฉายเมื่อปี 2008 ภายใต้สัญญาอนุญาตครีเอทีฟคอมมอนส์ "
                    "ผู้สอนบอกว่าสิ่งที่มีค่าสำหรับการเรียนไม่ใช่ตัวภาพยนตร์ แต่เป็นไฟล์ฉาก "
                    "ตัวละคร และแสง ที่นักศึกษาเปิดดูได้ว่าทีมสร้างทำงานอย่างไร"
                ),
                embed(
                    "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                    "Big Buck Bunny ภาพยนตร์สั้นโอเพนซอร์สที่ใช้เป็นตำราในเวิร์กช็อป",
                ),
                quote(
                    "ในห้องเรียนเราเห็นแต่ผลงานที่เสร็จแล้ว "
                    "ที่นี่นักศึกษาเปิดฉากเดียวกันแล้วเห็นว่าขนกระต่ายหนึ่งเส้นต้องตั้งค่ากี่อย่าง"
                    " นั่นคือบทเรียนที่หนังสือสอนไม่ได้",
                    "อ.ธีรวัฒน์ ปัญญาดี",
                    "ผู้สอนสาขาแอนิเมชัน วิทยาลัยศิลปะดิจิทัลล้านนา",
                ),
                p(
                    "นักศึกษาแบ่งกลุ่มทำงานตามขั้นตอนจริงของสตูดิโอ ตั้งแต่การจัดแสง การเคลื่อนไหว"
                    "ของตัวละคร ไปจนถึงการเรนเดอร์ และแต่ละกลุ่มต้องแก้ฉากหนึ่งฉากแล้วนำเสนอว่า"
                    "เปลี่ยนอะไรไปบ้าง"
                ),
                related(
                    "isaan-school-coding-clubs", "should-universities-fund-esports-scholarships"
                ),
                p(
                    "ผู้จัดบอกว่าการใช้โปรแกรมโอเพนซอร์สช่วยให้นักศึกษาที่ไม่มีเงินซื้อโปรแกรมราคา"
                    "แพงฝึกงานที่บ้านได้ และสตูดิโอเล็ก ๆ ในเชียงใหม่หลายแห่งก็ใช้โปรแกรมเดียวกัน"
                ),
                quote(
                    "สตูดิโอเราจ้างคนจากพอร์ตโฟลิโอ ไม่ได้ดูว่าใช้โปรแกรมอะไร แต่คนที่เข้าใจขั้นตอน"
                    "ทั้งหมดตั้งแต่ต้นจนจบหายากมาก",
                    "ปาริชาต วงค์คำ",
                    "ผู้ก่อตั้งสตูดิโอแอนิเมชันขนาดเล็กในเชียงใหม่",
                ),
                p(
                    "นักศึกษาหลายคนบอกว่าสิ่งที่ได้เรียนรู้มากที่สุดไม่ใช่เทคนิคของโปรแกรม "
                    "แต่เป็นการได้เห็นว่าทีมสร้างตัดสินใจตัดหรือลดรายละเอียดตรงไหน "
                    "เพื่อให้งานเสร็จทันเวลาและงบประมาณ"
                ),
                p(
                    "ผู้จัดวางแผนจัดเวิร์กช็อปครั้งต่อไปที่ขอนแก่น และจะเผยแพร่เอกสารประกอบการสอน"
                    "เป็นภาษาไทยให้ดาวน์โหลดฟรี"
                ),
            ),
        ),
    ),
    Story(
        slug="sim-card-limit-call-centre-scams",
        section="technology",
        hours_ago=84,
        authors=("piyanuch", "pongsakorn"),
        th=Version(
            title="จำกัดซิมคนละห้าเบอร์ จะหยุดแก๊งคอลเซ็นเตอร์ได้จริงหรือ?",
            standfirst=(
                "กฎใหม่ให้ผู้ที่ถือซิมเกินห้าเบอร์ต้องยืนยันตัวตนใหม่ภายในสามเดือน ผู้เชี่ยวชาญ"
                "บอกว่าช่วยได้บางส่วน แต่แก๊งมิจฉาชีพย้ายไปใช้ช่องทางอื่นได้เร็วกว่ากฎ"
            ),
            hero_caption="ร้านรับลงทะเบียนซิมการ์ดในห้างสรรพสินค้าย่านชานเมือง",
            hero_alt="ซิมการ์ดโทรศัพท์หลายใบวางเรียงบนโต๊ะ",
            tags=("มิจฉาชีพ", "ซิมการ์ด", "ความปลอดภัยไซเบอร์"),
            body=(
                p(
                    "สำนักงานกำกับดูแลบริการโทรคมนาคมออกกฎให้ผู้ที่ถือซิมการ์ดเกินห้าเบอร์ในชื่อเด"
                    "ียวกันต้องไปยืนยันตัวตนใหม่ภายในสามเดือน "
                    "มิฉะนั้นเบอร์ที่เกินจะถูกระงับการใช้งาน"
                ),
                p(
                    "มาตรการนี้มุ่งตัดวงจร 'ซิมม้า' "
                    "หรือซิมที่ลงทะเบียนในชื่อคนอื่นแล้วขายต่อให้แก๊งคอลเซ็นเตอร์ "
                    "ซึ่งใช้โทรหลอกลวงเหยื่อและเปิดบัญชีรับโอนเงิน"
                ),
                quote(
                    "ซิมม้าเป็นต้นทางของการหลอกลวงเกือบทุกรูปแบบ ถ้าซื้อซิมในชื่อคนอื่นได้ยากขึ้น ต้นทุนของมิจฉาชีพก็สูงขึ้น",
                    "พ.ต.ท.หญิง สุภาวดี เรืองศรี",
                    "อดีตพนักงานสอบสวนคดีเทคโนโลยี ปัจจุบันเป็นที่ปรึกษาด้านการป้องกันการฉ้อโกง",
                ),
                h2("ช่องโหว่ที่ยังเหลือ"),
                p(
                    "ผู้เชี่ยวชาญชี้ว่ากฎนี้ไม่ครอบคลุมการโทรผ่านแอปส่งข้อความและการโทรผ่านอินเทอร"
                    "์เน็ตจากต่างประเทศ ซึ่งเป็นช่องทางที่แก๊งมิจฉาชีพหันไปใช้มากขึ้น"
                ),
                related(
                    "undersea-cable-cut-slows-internet",
                    "data-centres-water-use-eastern-seaboard",
                ),
                quote(
                    "การจำกัดซิมเป็นการปิดประตูหนึ่งบาน แต่บ้านหลังนี้มีหน้าต่างอีกหลายบาน "
                    "ต้องทำพร้อมกันทั้งฝั่งโทรคมนาคม ธนาคาร และแพลตฟอร์มแชต",
                    "ดร.ณัฐชา พรหมวงศ์",
                    "ผู้อำนวยการศูนย์วิจัยความปลอดภัยไซเบอร์ มหาวิทยาลัยนครธารา",
                ),
                p(
                    "ผู้ใช้ทั่วไปที่มีหลายเบอร์ เช่น "
                    "เจ้าของร้านค้าออนไลน์หรือผู้ที่ใช้ซิมสำหรับอุปกรณ์ในบ้าน "
                    "บ่นว่าต้องเสียเวลาไปยืนยันตัวตนที่ร้าน "
                    "ผู้ให้บริการบางรายจึงเปิดให้ยืนยันผ่านแอปด้วยการสแกนใบหน้า"
                ),
                facts(
                    "สิ่งที่ต้องทำหากมีซิมเกินห้าเบอร์",
                    (
                        "ยืนยันตัวตนใหม่ที่ร้านของผู้ให้บริการหรือผ่านแอปภายในสามเดือน",
                        "เบอร์ที่เกินและไม่ยืนยันจะถูกระงับการใช้งาน",
                        "ตรวจสอบจำนวนเบอร์ในชื่อตัวเองได้ผ่านรหัสสั้นของผู้ให้บริการ",
                    ),
                    "สำนักงานกำกับดูแลบริการโทรคมนาคม",
                ),
                p(
                    "ธนาคารหลายแห่งเริ่มใช้อายุของเบอร์โทรศัพท์ประกอบการอนุมัติการโอนเงินจำนวนมาก "
                    "หากเบอร์ที่ผูกกับบัญชีเพิ่งเปิดใช้งานไม่นาน ระบบจะขอให้ยืนยันตัวตนเพิ่ม"
                ),
                p("สำนักงานฯ ระบุว่าจะประเมินผลหลังครบหกเดือน โดยดูจากจำนวนการแจ้งความคดีหลอกลวงทางโทรศัพท์"),
            ),
        ),
        en=Version(
            title="Will a five-SIM limit really stop the call-centre scam gangs?",
            standfirst=(
                "Anyone holding more than five SIM cards must verify their identity again within "
                "three months. Experts say it will help a little, but scammers move faster than "
                "the rules."
            ),
            hero_caption="A SIM registration counter in a suburban shopping mall.",
            hero_alt="Several phone SIM cards laid out in a row on a table",
            tags=("Scams", "SIM cards", "Cybersecurity"),
            body=(
                p(
                    "The Telecommunications Services Regulatory Office has ruled that anyone with "
                    "more than five SIM cards in their name must verify their identity again "
                    "within three months, or the extra numbers will be suspended."
                ),
                p(
                    "The target is 'mule SIMs': cards registered in other people's names and sold "
                    "on to call-centre gangs, who use them to phone victims and to open accounts "
                    "that receive the money."
                ),
                quote(
                    "Mule SIMs are where almost every kind of phone scam starts. If buying a SIM "
                    "in someone else's name gets harder, the scammers' costs go up.",
                    "Pol Lt Col Supawadee Ruangsri",
                    "Former technology crime investigator, now a fraud prevention adviser",
                ),
                h2("The gaps that remain"),
                p(
                    "Experts point out that the rule does not cover calls through messaging apps "
                    "or internet calls from abroad, which scam gangs are using more and more."
                ),
                related(
                    "undersea-cable-cut-slows-internet",
                    "data-centres-water-use-eastern-seaboard",
                ),
                quote(
                    "Limiting SIMs closes one door, but this house has many windows. Telecoms, "
                    "banks and chat platforms have to act together.",
                    "Dr Natcha Promwong",
                    "Director, Cybersecurity Research Centre, Nakhon Thara University",
                ),
                p(
                    "Ordinary users with several numbers, such as online sellers or people with "
                    "SIMs in home devices, complain about queuing at shops to verify. Some "
                    "providers now allow verification in their app with a face scan."
                ),
                facts(
                    "If you have more than five SIMs",
                    (
                        "Verify again at your provider's shop or in its app within three months",
                        "Extra numbers that are not verified will be suspended",
                        "Check how many numbers are in your name with your provider's short code",
                    ),
                    "Telecommunications Services Regulatory Office",
                ),
                p(
                    "Several banks now check how long a phone number has been active before "
                    "approving large transfers; if the number linked to an account is new, the "
                    "customer is asked to verify again."
                ),
                p(
                    "The regulator says it will review the rule after six months, judging it by "
                    "the number of phone scam reports to police."
                ),
            ),
        ),
    ),
    Story(
        slug="chiang-mai-cafes-court-remote-workers",
        section="technology",
        hours_ago=102,
        authors=("nattawut",),
        en=Version(
            title="Chiang Mai's cafés court a new wave of remote workers, and landlords take note",
            standfirst=(
                "Fast fibre, long-stay visas and cheap rents have brought thousands of remote "
                "workers to the northern city. Not everyone in the old town is pleased."
            ),
            hero_caption="Laptops and iced coffee in a Nimmanhaemin café on a weekday afternoon.",
            hero_alt="Several people working on laptops at long wooden tables in a bright café",
            tags=("Remote work", "Chiang Mai", "Tourism"),
            body=(
                p(
                    "On a weekday afternoon in Nimmanhaemin, almost every table in one of the "
                    "street's larger cafés holds a laptop. Some customers are students; many are "
                    "remote workers from abroad and from Bangkok, staying for months at a time."
                ),
                p(
                    "Café owners have adapted: power sockets at every seat, quiet rooms for video "
                    "calls that can be booked by the hour, and monthly passes that include coffee."
                ),
                quote(
                    "A tourist buys one coffee and leaves. A remote worker comes every day for "
                    "three months. We changed the whole shop around them.",
                    "Kanyarat Inthong",
                    "Owner of a co-working café in Nimmanhaemin",
                ),
                p(
                    "Landlords have noticed too. Agents say monthly rents for furnished "
                    "condominiums near the old city have risen by about a fifth in two years, as "
                    "owners switch from long leases with local tenants to short stays."
                ),
                related(
                    "nan-highland-coffee-cooperative",
                    "why-rents-near-new-train-lines-rise-faster-than-wages",
                ),
                quote(
                    "Remote workers bring money into the city, but they compete with young local "
                    "people for the same rooms. The city needs to count both sides of that ledger.",
                    "Dr Siriporn Kaewmanee",
                    "Urban economist, Lanna Institute of Social Research",
                ),
                p(
                    "Some residents of the old town worry about noise and rising prices at local "
                    "markets, while others have opened guesthouses and language classes for the "
                    "newcomers."
                ),
                p(
                    "Agents who help foreigners with paperwork say demand for long-stay visas has "
                    "roughly doubled in three years, though many remote workers still come on "
                    "tourist visas for shorter spells."
                ),
                p(
                    "The provincial chamber of commerce is surveying how long remote workers stay "
                    "and how much they spend, and expects to publish the results early next year."
                ),
            ),
        ),
    ),
    Story(
        slug="data-centres-water-use-eastern-seaboard",
        section="technology",
        hours_ago=172,
        authors=("piyanuch", "onuma"),
        th=Version(
            title="ศูนย์ข้อมูลแห่งใหม่ในภาคตะวันออกใช้น้ำเท่าไร? ชาวบ้านขอให้เปิดตัวเลข",
            standfirst=(
                "ศูนย์ข้อมูลขนาดใหญ่สามแห่งกำลังก่อสร้างในพื้นที่ที่เคยขาดแคลนน้ำหน้าแล้ง "
                "กลุ่มชาวบ้านและนักวิชาการขอให้บริษัทเปิดเผยปริมาณน้ำที่ใช้หล่อเย็นเซิร์ฟเวอร์"
            ),
            hero_caption="อาคารศูนย์ข้อมูลที่กำลังก่อสร้างในจังหวัดระยอง",
            hero_alt="อาคารคอนกรีตขนาดใหญ่ไร้หน้าต่าง มีเครนก่อสร้างอยู่ด้านข้าง",
            tags=("ศูนย์ข้อมูล", "น้ำ", "ระยอง", "คลาวด์"),
            body=(
                p(
                    "ศูนย์ข้อมูลขนาดใหญ่สามแห่งกำลังก่อสร้างในจังหวัดระยองและชลบุรี เพื่อรองรับ"
                    "บริการคลาวด์และปัญญาประดิษฐ์ที่เติบโตเร็ว แต่พื้นที่เดียวกันนี้เคยประสบปัญหา"
                    "ขาดแคลนน้ำรุนแรงในหน้าแล้งเมื่อไม่กี่ปีก่อน"
                ),
                p(
                    "ศูนย์ข้อมูลใช้น้ำจำนวนมากในระบบหล่อเย็น โดยเฉพาะระบบที่ใช้การระเหยของน้ำ"
                    "ระบายความร้อน ปริมาณที่ใช้ขึ้นอยู่กับเทคโนโลยีที่เลือกและสภาพอากาศ"
                ),
                quote(
                    "เราไม่ได้ต่อต้านโรงงานหรือศูนย์ข้อมูล แต่ปีที่น้ำขาด ชาวสวนผลไม้ต้องซื้อน้ำ"
                    "ใส่รถบรรทุกมารดต้นไม้ เราแค่อยากรู้ว่าน้ำจะพอสำหรับทุกคนหรือเปล่า",
                    "วันเพ็ญ ทรัพย์มาก",
                    "ตัวแทนกลุ่มชาวสวนผลไม้ อำเภอแกลง",
                ),
                p(
                    "บริษัทเจ้าของโครงการสองรายระบุว่าจะใช้ระบบหล่อเย็นแบบวงจรปิดที่ใช้น้ำน้อย "
                    "และนำน้ำที่ผ่านการบำบัดจากนิคมอุตสาหกรรมมาใช้ แต่ยังไม่เปิดเผยตัวเลขการใช้น้ำ"
                    "ต่อปี"
                ),
                related(
                    "wildlife-underpass-elephants",
                    "ubon-community-solar-cooperative",
                ),
                quote(
                    "ตัวชี้วัดการใช้น้ำของศูนย์ข้อมูลมีมาตรฐานสากลอยู่แล้ว การเปิดตัวเลขนี้ทุกปี"
                    "ไม่ใช่ความลับทางการค้า แต่เป็นสิ่งที่ชุมชนควรได้รู้",
                    "ดร.ภาณุพงศ์ ศรีอำไพ",
                    "นักวิจัยด้านน้ำและอุตสาหกรรม สถาบันทรัพยากรน้ำภาคตะวันออก",
                ),
                facts(
                    "ศูนย์ข้อมูลกับน้ำ",
                    (
                        "ระบบหล่อเย็นแบบระเหยน้ำใช้น้ำมากที่สุด",
                        "ระบบวงจรปิดใช้น้ำน้อยกว่า แต่ใช้ไฟฟ้ามากขึ้น",
                        "มาตรฐานสากลวัดการใช้น้ำเป็นลิตรต่อกิโลวัตต์ชั่วโมง",
                    ),
                    "สถาบันทรัพยากรน้ำภาคตะวันออก",
                ),
                p(
                    "ผู้ประกอบการนิคมอุตสาหกรรมระบุว่ามีน้ำสำรองเพียงพอสำหรับโรงงานเดิมและโครงการใ"
                    "หม่ แต่ยอมรับว่าในปีที่ฝนน้อย การจัดสรรน้ำระหว่างอุตสาหกรรม เกษตร "
                    "และครัวเรือนต้องเจรจากันทุกปี"
                ),
                p(
                    "คณะกรรมการลุ่มน้ำในพื้นที่กำลังพิจารณาข้อเสนอให้โครงการขนาดใหญ่ทุกประเภท"
                    "รายงานการใช้น้ำรายเดือนต่อสาธารณะ"
                ),
                p("ชาวบ้านนัดหมายยื่นหนังสือถึงผู้ว่าราชการจังหวัดในสัปดาห์หน้า"),
            ),
        ),
        en=Version(
            title="How much water do the eastern seaboard's new data centres use? "
            "Villagers want the numbers",
            standfirst=(
                "Three large data centres are being built in an area that ran short of water in "
                "recent dry seasons. Residents and researchers want the companies to publish how "
                "much water their cooling uses."
            ),
            hero_caption="A data centre under construction in Rayong province.",
            hero_alt="A large windowless concrete building with a construction crane beside it",
            tags=("Data centres", "Water", "Rayong", "Cloud"),
            body=(
                p(
                    "Three large data centres are under construction in Rayong and Chon Buri to "
                    "serve fast-growing cloud and artificial intelligence services. The same area "
                    "suffered severe water shortages in the dry season only a few years ago."
                ),
                p(
                    "Data centres can use a great deal of water for cooling, especially systems "
                    "that shed heat by evaporating water. How much depends on the technology "
                    "chosen and the weather."
                ),
                quote(
                    "We are not against factories or data centres. But in the year the water ran "
                    "out, fruit farmers had to buy water by the truckload for their trees. We just "
                    "want to know there will be enough for everyone.",
                    "Wanphen Sapmak",
                    "Representative of fruit growers, Klaeng district",
                ),
                p(
                    "Two of the developers say they will use closed-loop cooling that needs little "
                    "water, and treated waste water from industrial estates, but neither has "
                    "published an annual water figure."
                ),
                related("wildlife-underpass-elephants"),
                quote(
                    "There is already an international standard for measuring data centre water "
                    "use. Publishing it every year is not a trade secret; it is something the "
                    "community has a right to know.",
                    "Dr Panupong Sri-ampai",
                    "Water and industry researcher, Eastern Water Resources Institute",
                ),
                facts(
                    "Data centres and water",
                    (
                        "Evaporative cooling uses the most water",
                        "Closed-loop systems use less water but more electricity",
                        "The international measure is litres per kilowatt-hour",
                    ),
                    "Eastern Water Resources Institute",
                ),
                p(
                    "Industrial estate operators say they hold enough water in reserve for "
                    "existing factories and the new projects, but admit that in dry years sharing "
                    "water between industry, farms and homes has to be negotiated every season."
                ),
                p(
                    "The local river basin committee is considering a proposal that every large "
                    "project, of any kind, publish its monthly water use."
                ),
                p("Residents plan to deliver a letter to the provincial governor next week."),
            ),
        ),
    ),
    Story(
        slug="isaan-school-coding-clubs",
        section="technology",
        hours_ago=262,
        authors=("piyanuch",),
        th=Version(
            title="ชมรมเขียนโค้ดในโรงเรียนอีสานสอนด้วยมือถือเครื่องเก่า นักเรียนทำแอปแจ้งเตือนน้ำท่วมหมู่บ้าน",
            standfirst=(
                "ครูคอมพิวเตอร์ในร้อยเอ็ดรวบรวมโทรศัพท์เก่าที่ได้รับบริจาคมาให้นักเรียนฝึกเขียนโปร"
                "แกรมหลังเลิกเรียน ผลงานชิ้นแรกคือระบบแจ้งระดับน้ำในลำห้วยผ่านกลุ่มแชตของหมู่บ้าน"
            ),
            hero_caption="นักเรียนชมรมเขียนโค้ดทดสอบเซนเซอร์วัดระดับน้ำที่ลำห้วยใกล้โรงเรียน",
            hero_alt="นักเรียนสามคนก้มดูโทรศัพท์มือถือข้างกล่องเซนเซอร์ที่ติดตั้งริมลำห้วย",
            tags=("การศึกษา", "เขียนโปรแกรม", "ร้อยเอ็ด"),
            body=(
                p(
                    "ทุกเย็นหลังเลิกเรียน นักเรียนมัธยมต้นราว 30 "
                    "คนของโรงเรียนแห่งหนึ่งในอำเภอเสลภูมิ จังหวัดร้อยเอ็ด "
                    "จะนั่งล้อมโต๊ะในห้องสมุด "
                    "พร้อมโทรศัพท์มือถือรุ่นเก่าที่ได้รับบริจาคมาจากคนในจังหวัดและศิษย์เก่า"
                ),
                p(
                    "โรงเรียนมีคอมพิวเตอร์เพียงสิบเครื่องสำหรับนักเรียนกว่า 600 คน "
                    "ครูจึงหันมาใช้แอปเขียนโปรแกรมบนโทรศัพท์และบอร์ดไมโครคอนโทรลเลอร์ราคาไม่กี่ร้อ"
                    "ยบาทแทน"
                ),
                quote(
                    "เด็กบ้านเราไม่ได้ขาดความสามารถ ขาดแค่เครื่องมือ พอมีมือถือเก่ากับบอร์ดราคาถูก "
                    "เขาทำได้เกินกว่าที่ครูคิดไว้มาก",
                    "ครูสุรเชษฐ์ พลศรี",
                    "ครูคอมพิวเตอร์และผู้ก่อตั้งชมรม",
                ),
                p(
                    "ผลงานชิ้นแรกของชมรมคือเซนเซอร์วัดระดับน้ำที่ติดตั้งริมลำห้วยใกล้หมู่บ้าน "
                    "เมื่อระดับน้ำสูงเกินกำหนด ระบบจะส่งข้อความเข้ากลุ่มแชตของหมู่บ้านโดยอัตโนมัติ"
                ),
                related(
                    "should-universities-fund-esports-scholarships",
                    "why-rents-near-new-train-lines-rise-faster-than-wages",
                ),
                quote(
                    "ปีที่แล้วน้ำมาตอนตีสอง ไม่มีใครรู้ตัว ปีนี้ข้อความจากเครื่องของเด็ก ๆ "
                    "เด้งขึ้นมาก่อนน้ำถึงบ้านเกือบชั่วโมง ย้ายควายได้ทัน",
                    "ประยูร ศรีสุข",
                    "ผู้ใหญ่บ้านในอำเภอเสลภูมิ",
                ),
                p(
                    "นักเรียนในชมรมเขียนโปรแกรมเอง ประกอบกล่องกันน้ำจากกล่องอาหารพลาสติก "
                    "และใช้แผงโซลาร์ขนาดเล็กจ่ายไฟให้เซนเซอร์ ค่าใช้จ่ายทั้งหมดไม่ถึง 1,500 บาท"
                ),
                p(
                    "ตอนนี้ชมรมกำลังพัฒนาแอปบันทึกราคาข้าวเปลือกที่โรงสีในอำเภอประกาศแต่ละวัน "
                    "เพื่อให้ผู้ปกครองเปรียบเทียบราคาได้ก่อนขาย"
                ),
                p(
                    "ครูสุรเชษฐ์หวังว่าจะมีโรงเรียนอื่นในจังหวัดตั้งชมรมแบบเดียวกัน และเปิดแบ่งปัน"
                    "บทเรียนที่ใช้สอนให้ครูคนอื่นนำไปใช้ได้ฟรี"
                ),
            ),
        ),
        en=Version(
            title="Isan school coding club teaches on old phones, and pupils build a village "
            "flood alert",
            standfirst=(
                "A computer teacher in Roi Et collects donated phones so pupils can learn to "
                "program after school. Their first project sends stream levels to the village "
                "chat group."
            ),
            hero_caption="Coding club members test a water level sensor at a stream near "
            "the school.",
            hero_alt=(
                "Three students bending over a mobile phone beside a sensor box installed on the "
                "bank of a stream"
            ),
            tags=("Education", "Coding", "Roi Et"),
            body=(
                p(
                    "Every evening after lessons, about 30 lower-secondary pupils at a school in "
                    "Selaphum district, Roi Et, gather round a table in the library with old "
                    "mobile phones donated by people in the province and former pupils."
                ),
                p(
                    "The school has ten computers for more than 600 pupils, so the teacher turned "
                    "to coding apps on phones and microcontroller boards that cost a few hundred "
                    "baht."
                ),
                quote(
                    "Children here do not lack ability, only tools. Give them an old phone and a "
                    "cheap board and they go far beyond what I expected.",
                    "Surachet Phonsri",
                    "Computer teacher and founder of the club",
                ),
                p(
                    "The club's first project is a water level sensor by the stream near the "
                    "village. When the water passes a set mark, it automatically sends a message "
                    "to the village chat group."
                ),
                related(
                    "should-universities-fund-esports-scholarships",
                    "why-rents-near-new-train-lines-rise-faster-than-wages",
                ),
                quote(
                    "Last year the water came at two in the morning and nobody knew. This year the "
                    "children's message popped up almost an hour before it reached the houses. We "
                    "moved the buffaloes in time.",
                    "Prayoon Srisuk",
                    "Village headman, Selaphum district",
                ),
                p(
                    "The pupils wrote the code themselves, built a waterproof case from a plastic "
                    "food box and power the sensor with a small solar panel. The whole thing cost "
                    "less than 1,500 baht."
                ),
                p(
                    "The club is now building an app that records the paddy prices posted by the "
                    "district's mills each day, so parents can compare before they sell."
                ),
                p(
                    "Surachet hopes other schools in the province will start clubs of their own, "
                    "and shares his lesson plans free for any teacher to use."
                ),
            ),
        ),
    ),
)
