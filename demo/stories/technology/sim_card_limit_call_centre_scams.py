"""A demo story for the Technology section. Invented people and institutions; real places."""

from demo.schema import Story, Version, facts, h2, p, quote, related

STORY = Story(
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
)
