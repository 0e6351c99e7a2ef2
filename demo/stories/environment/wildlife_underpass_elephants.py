"""A demo story for the Environment section. Invented people and institutions; real places."""

from demo.schema import Story, Version, p, quote, related

STORY = Story(
    slug="wildlife-underpass-elephants",
    section="environment",
    hours_ago=250,
    authors=("onuma",),
    th=Version(
        title="กล้องดักถ่ายพบช้างป่าใช้ทางลอดใต้ถนน 40 ครั้งในหกเดือน",
        standfirst=(
            "ทางลอดสำหรับสัตว์ป่าใต้ถนนที่ตัดผ่านผืนป่าในภาคตะวันออกช่วยลดการชนระหว่างรถ"
            "กับสัตว์ป่า นักวิจัยพบทั้งช้าง กระทิง และหมีหมาใช้เส้นทาง"
        ),
        hero_caption="ทางลอดสำหรับสัตว์ป่าใต้ถนนที่ตัดผ่านผืนป่า",
        hero_alt="ช่องทางลอดคอนกรีตขนาดใหญ่ใต้ถนน มีต้นไม้ขึ้นหนาทั้งสองฝั่ง",
        tags=("ช้างป่า", "สัตว์ป่า", "ถนน"),
        body=(
            p(
                "กล้องดักถ่ายที่ติดตั้งบริเวณทางลอดสำหรับสัตว์ป่าใต้ถนนสายหนึ่งที่ตัดผ่านผืนป่า"
                "ในภาคตะวันออก บันทึกภาพช้างป่าใช้ทางลอดได้ 40 ครั้งในหกเดือนแรก นับตั้งแต่"
                "เปิดใช้งาน"
            ),
            p(
                "นอกจากช้าง กล้องยังบันทึกภาพกระทิง กวาง หมูป่า และหมีหมา "
                "ซึ่งก่อนหน้านี้ต้องข้ามถนนที่มีรถวิ่งเร็ว "
                "และเคยเกิดอุบัติเหตุรถชนสัตว์ป่าหลายครั้ง"
            ),
            quote(
                "ช้างเป็นสัตว์ที่จำเส้นทางได้ดีมาก ตอนแรกเราไม่แน่ใจว่าจะยอมเดินลอดคอนกรีต"
                "หรือไม่ แต่ฝูงแรกใช้ทางลอดภายในสามสัปดาห์",
                "ดร.วีรยุทธ ป่าไพร",
                "นักนิเวศวิทยาสัตว์ป่า มูลนิธิอนุรักษ์ผืนป่าตะวันออก",
            ),
            p(
                "ทีมงานปลูกต้นไม้ท้องถิ่นบริเวณปากทางลอดทั้งสองฝั่ง "
                "และทำรั้วนำทางยาวหลายร้อยเมตรเพื่อให้สัตว์เดินเข้าหาทางลอดแทนการปีนข้ามถนน"
            ),
            related("ubon-community-solar-cooperative"),
            quote(
                "เมื่อก่อนขับรถกลางคืนต้องลุ้นทุกโค้ง เคยเจอช้างยืนกลางถนนสองครั้ง เดี๋ยวนี้แทบไม่เจอแล้ว",
                "ประเสริฐ ดอนไพร",
                "คนขับรถบรรทุกผลไม้ที่ใช้เส้นทางนี้เป็นประจำ",
            ),
            p(
                "นักวิจัยเตือนว่าทางลอดเพียงจุดเดียวไม่พอสำหรับถนนยาวหลายสิบกิโลเมตร และเสนอให้"
                "สร้างเพิ่มอีกสามจุดตามเส้นทางที่สัตว์ใช้บ่อย ซึ่งระบุได้จากข้อมูลกล้องดักถ่าย"
            ),
            p(
                "ข้อมูลจากหน่วยงานดูแลทางหลวงในพื้นที่ระบุว่าอุบัติเหตุรถชนสัตว์ป่าบนถนนช่วงนี"
                "้ลดลงจากเจ็ดครั้งในปีก่อนหน้า เหลือหนึ่งครั้งนับตั้งแต่เปิดใช้ทางลอด"
            ),
            p("โครงการจะเผยแพร่ข้อมูลจากกล้องดักถ่ายทั้งหมดให้นักวิจัยและประชาชนเข้าถึงได้ภายในปีนี้"),
        ),
    ),
    en=Version(
        title="Camera traps catch wild elephants using a road underpass 40 times in six months",
        standfirst=(
            "A wildlife underpass beneath a road through an eastern forest is cutting "
            "collisions between vehicles and animals. Researchers have seen elephants, gaur "
            "and sun bears use it."
        ),
        hero_caption="A wildlife underpass beneath a road through the forest.",
        hero_alt=(
            "A large concrete underpass beneath a road, with dense trees growing on both sides"
        ),
        tags=("Elephants", "Wildlife", "Roads"),
        body=(
            p(
                "Camera traps at a wildlife underpass beneath a road through a forest in "
                "eastern Thailand recorded wild elephants using it 40 times in the first six "
                "months after it opened."
            ),
            p(
                "Besides elephants, the cameras caught gaur, deer, wild boar and sun bears, "
                "animals that used to cross a road with fast traffic, where there had been "
                "several collisions."
            ),
            quote(
                "Elephants remember their routes very well. At first we were not sure they "
                "would walk under concrete, but the first herd used it within three weeks.",
                "Dr Weerayut Paphrai",
                "Wildlife ecologist, Eastern Forest Conservation Foundation",
            ),
            p(
                "The team planted native trees at both mouths of the underpass and built guide "
                "fences several hundred metres long, so animals walk towards the passage "
                "instead of climbing onto the road."
            ),
            related("koh-tao-volunteer-divers-coral-bleaching"),
            quote(
                "Driving at night used to mean holding your breath at every bend. I met "
                "elephants standing in the road twice. Now I hardly ever do.",
                "Prasert Donphrai",
                "Fruit lorry driver who uses the road regularly",
            ),
            p(
                "Researchers warn that one underpass is not enough for a road tens of "
                "kilometres long, and propose three more where the camera data shows animals "
                "cross most often."
            ),
            p(
                "Local highway records show collisions with wildlife on this stretch fell from "
                "seven in the previous year to one since the underpass opened."
            ),
            p(
                "The project will publish all its camera trap data for researchers and the "
                "public later this year."
            ),
        ),
    ),
)
