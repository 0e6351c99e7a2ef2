"""A demo story for the Thailand section. Invented people and institutions; real places."""

from demo.schema import Story, Version, facts, p, quote, related

STORY = Story(
    slug="overnight-bus-safety-rules",
    section="thailand",
    hours_ago=9.0,
    authors=("pongsakorn",),
    th=Version(
        title="รถทัวร์ข้ามจังหวัดกะกลางคืนต้องมีคนขับสองคน เริ่มเดือนหน้า",
        standfirst=(
            "กฎใหม่กำหนดให้รถโดยสารที่วิ่งเกิน 400 กิโลเมตรในเวลากลางคืนต้องมีผู้ขับสำรอง "
            "ติดกล้องตรวจจับอาการง่วง และตรวจเข็มขัดนิรภัยก่อนออกรถ ผู้ประกอบการรายเล็ก"
            "กังวลเรื่องต้นทุน"
        ),
        hero_caption="สถานีขนส่งผู้โดยสารช่วงหัวค่ำ ก่อนรถทัวร์สายเหนือออกเดินทาง",
        hero_alt="รถโดยสารสองชั้นจอดเรียงที่ชานชาลาสถานีขนส่งยามค่ำ",
        tags=("ความปลอดภัยทางถนน", "รถโดยสาร", "คมนาคม"),
        body=(
            p(
                "คณะกรรมการความปลอดภัยการขนส่งทางถนนประกาศกฎใหม่สำหรับรถโดยสารประจำทางข้ามจังห"
                "วัดที่วิ่งในเวลากลางคืน โดยเส้นทางที่ยาวเกิน 400 "
                "กิโลเมตรต้องมีผู้ขับขี่สองคนสลับกันทุกไม่เกินสี่ชั่วโมง "
                "มีผลตั้งแต่ต้นเดือนหน้า"
            ),
            p(
                "นอกจากคนขับสำรองแล้ว รถทุกคันต้องติดกล้องที่ตรวจจับอาการง่วงหรือการละสายตา"
                "จากถนน และพนักงานต้องเดินตรวจว่าผู้โดยสารคาดเข็มขัดนิรภัยครบก่อนออกจากสถานี"
                "ทุกครั้ง"
            ),
            quote(
                "อุบัติเหตุรถโดยสารกลางคืนส่วนใหญ่ไม่ได้เกิดจากถนนหรือตัวรถ แต่เกิดจากคนขับ"
                "ที่ฝืนขับทั้งที่ร่างกายไม่ไหว กฎนี้แก้ที่ต้นเหตุ",
                "ผศ.ดร.ชยพล รุ่งเรืองศรี",
                "นักวิจัยด้านความปลอดภัยการขนส่ง สถาบันวิจัยการเดินทางและเมือง",
            ),
            p(
                "ข้อมูลของคณะกรรมการฯ "
                "ระบุว่าเกือบครึ่งหนึ่งของอุบัติเหตุรุนแรงที่เกี่ยวกับรถโดยสารในปีที่ผ่านมาเกิ"
                "ดระหว่างเที่ยงคืนถึงหกโมงเช้า "
                "และในหลายกรณีคนขับทำงานต่อเนื่องมาแล้วมากกว่าสิบชั่วโมง"
            ),
            related(
                "hat-yai-electric-bus-routes-hearing",
                "why-rents-near-new-train-lines-rise-faster-than-wages",
            ),
            p(
                "ผู้ประกอบการรายใหญ่ส่วนใหญ่มีคนขับสองคนในเส้นทางยาวอยู่แล้ว แต่บริษัทรถร่วม"
                "ขนาดเล็กที่มีรถไม่กี่คันบอกว่าการจ้างคนขับเพิ่มและติดกล้องใหม่จะทำให้ต้นทุน"
                "ต่อเที่ยวสูงขึ้นมาก และอาจต้องขึ้นค่าโดยสาร"
            ),
            quote(
                "เราเห็นด้วยเรื่องความปลอดภัย แต่คนขับที่มีใบอนุญาตหายาก ถ้าให้เวลาเตรียมตัว"
                "แค่เดือนเดียว รถบางสายอาจต้องหยุดวิ่งไปก่อน",
                "สุพจน์ มณีรัตน์",
                "นายกสมาคมผู้ประกอบการรถโดยสารภูมิภาค",
            ),
            facts(
                "กฎใหม่สำหรับรถโดยสารกลางคืน",
                (
                    "เส้นทางเกิน 400 กม. ต้องมีคนขับสองคน",
                    "สลับคนขับทุกไม่เกินสี่ชั่วโมง",
                    "ติดกล้องตรวจจับอาการง่วงทุกคัน",
                    "ตรวจเข็มขัดนิรภัยก่อนออกจากสถานีทุกครั้ง",
                ),
                "คณะกรรมการความปลอดภัยการขนส่งทางถนน",
            ),
            p(
                "คณะกรรมการฯ ระบุว่าจะผ่อนผันให้ผู้ประกอบการรายเล็กติดกล้องภายในสามเดือน "
                "แต่ข้อกำหนดเรื่องคนขับสองคนจะบังคับใช้ทันที และจะสุ่มตรวจที่สถานีขนส่งหลัก"
                "ในช่วงกลางคืน"
            ),
            p(
                "ผู้โดยสารที่สถานีขนส่งหมอชิตเมื่อคืนที่ผ่านมาส่วนใหญ่สนับสนุนกฎใหม่ แม้บางคน"
                "จะกังวลว่าค่าตั๋วอาจแพงขึ้นในช่วงเทศกาลที่คนเดินทางกลับบ้านจำนวนมาก"
            ),
        ),
    ),
    en=Version(
        title="Overnight intercity buses must carry two drivers from next month",
        standfirst=(
            "New rules require a relief driver on night routes over 400 km, cameras that "
            "detect drowsiness and seatbelt checks before departure. Small operators worry "
            "about the cost."
        ),
        hero_caption="A bus terminal in the early evening, before the northbound coaches go.",
        hero_alt=(
            "Double-decker coaches parked in a row at the platforms of a bus terminal at night"
        ),
        tags=("Road safety", "Buses", "Transport"),
        body=(
            p(
                "The Road Transport Safety Board has announced new rules for intercity buses "
                "that run at night. From the start of next month, routes longer than 400 "
                "kilometres must carry two drivers who swap at least every four hours."
            ),
            p(
                "Every coach must also carry a camera that spots drowsiness or eyes off the "
                "road, and staff must check that every passenger has fastened a seatbelt "
                "before the bus leaves the terminal."
            ),
            quote(
                "Most night-time bus crashes are not caused by the road or the vehicle but by "
                "a driver pushing on when their body has had enough. This rule goes to the "
                "root.",
                "Asst Prof Chayapol Rungruengsri",
                "Transport safety researcher, Institute for Travel and Cities",
            ),
            p(
                "Board figures show that almost half of last year's serious bus crashes "
                "happened between midnight and 6am, and in many of them the driver had been "
                "working for more than ten hours."
            ),
            related("why-rents-near-new-train-lines-rise-faster-than-wages"),
            p(
                "Most large operators already put two drivers on long routes. Smaller "
                "companies with a handful of coaches say hiring extra drivers and fitting "
                "cameras will raise the cost of every trip, and fares may have to follow."
            ),
            quote(
                "We agree on safety, but licensed drivers are hard to find. With only a month "
                "to prepare, some routes may have to stop running for a while.",
                "Supot Maneerat",
                "President, Regional Bus Operators Association",
            ),
            facts(
                "The new rules for night buses",
                (
                    "Two drivers on routes over 400 km",
                    "Drivers swap at least every four hours",
                    "A drowsiness camera on every coach",
                    "Seatbelt check before every departure",
                ),
                "Road Transport Safety Board",
            ),
            p(
                "The board says small operators will have three months to fit cameras, but the "
                "two-driver rule applies immediately, with spot checks at the main terminals "
                "overnight."
            ),
            p(
                "Passengers at Mo Chit bus terminal last night mostly welcomed the rules, "
                "though some worried that fares could rise at holiday times, when the whole "
                "country travels home."
            ),
        ),
    ),
)
