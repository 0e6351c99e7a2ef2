"""
The flood-watch live blog's words (demo/live.py builds it): a night of a
rising Chao Phraya, minute by minute, in Thai, and a few updates of its
English translation. Each update is (minutes ago, title, text, extra) where
extra names a picture's alt text, a pull quote (quote, speaker, role), or
marks the update pinned or a key event.
"""

TITLE = {
    "th": "สด: เฝ้าระวังน้ำท่วมลุ่มเจ้าพระยา",
    "en": "Live: Chao Phraya flood watch",
}
STANDFIRST = {
    "th": "ติดตามระดับน้ำ การระบายน้ำจากเขื่อน และการอพยพประชาชนริมเจ้าพระยา นาทีต่อนาที",
    "en": "River levels, dam releases and evacuations along the Chao Phraya, minute by minute.",
}
KEY_POINTS = {
    "th": (
        "เขื่อนเจ้าพระยาเพิ่มการระบายน้ำเป็น 2,700 ลบ.ม./วินาที\n"
        "อยุธยาประกาศอพยพชุมชนริมน้ำ 4 อำเภอ\n"
        "กรุงเทพฯ เสริมแนวกระสอบทรายริมเจ้าพระยา 12 จุด"
    ),
    "en": (
        "The Chao Phraya Dam raised its release to 2,700 cubic metres a second\n"
        "Ayutthaya ordered riverside communities in four districts to leave\n"
        "Bangkok reinforced sandbag walls at 12 points along the river"
    ),
}
BANNER = {
    "th": "สด: เฝ้าระวังน้ำท่วมลุ่มเจ้าพระยา ติดตามสถานการณ์ล่าสุด",
    "en": "Live: Chao Phraya flood watch, the latest",
}
PINNED = "pinned"
KEY = "key"

STATIONS = [
    ("C.2 นครสวรรค์", 26.1),
    ("C.13 ท้ายเขื่อนเจ้าพระยา", 16.4),
    ("C.7A อ่างทอง", 8.9),
    ("C.35 บางไทร", 4.2),
]

THAI = [
    (
        5,
        "เขื่อนเจ้าพระยาเพิ่มการระบายน้ำ",
        "กรมชลประทานเพิ่มการระบายน้ำท้ายเขื่อนเจ้าพระยาเป็น 2,700 ลูกบาศก์เมตรต่อวินาที มีผลตั้งแต่เวลา 06.00 น.",
        KEY,
    ),
    (9, "", "ผู้ว่าราชการจังหวัดพระนครศรีอยุธยาลงพื้นที่ตรวจแนวคันกั้นน้ำชั่วคราวริมแม่น้ำน้อย", None),
    (
        14,
        "",
        "เราคิดว่าน้ำจะไม่สูงเท่าปี 54 แต่ชาวบ้านริมน้ำต้องขนของขึ้นที่สูงตั้งแต่คืนนี้",
        ("เราคิดว่าน้ำจะไม่สูงเท่าปี 54 แต่ชาวบ้านริมน้ำต้องขนของขึ้นที่สูงตั้งแต่คืนนี้", "สมศรี แก้วมณี", "กำนันตำบลบางไทร"),
    ),
    (
        22,
        "ศูนย์พักพิงเปิดเพิ่ม 6 แห่ง",
        "จังหวัดอ่างทองเปิดศูนย์พักพิงชั่วคราวเพิ่มอีก 6 แห่ง รองรับได้ราว 1,800 คน ผู้ที่ต้องการความช่วยเหลือโทร 1784",
        PINNED,
    ),
    (
        31,
        "",
        "ภาพมุมสูงชุมชนริมน้ำอำเภอบางบาล น้ำเริ่มเอ่อเข้าถนนสายหลักแล้ว",
        "ภาพมุมสูงชุมชนริมแม่น้ำที่อำเภอบางบาล น้ำสีน้ำตาลเอ่อท่วมถนนและบ้านชั้นล่าง",
    ),
    (38, "", "การไฟฟ้าส่วนภูมิภาคตัดไฟในพื้นที่น้ำท่วมสูงของอำเภอเสนา เพื่อความปลอดภัย", None),
    (46, "", "กรุงเทพมหานครเสริมแนวกระสอบทรายริมเจ้าพระยา 12 จุด เน้นชุมชนนอกแนวคันกั้นน้ำ", KEY),
    (
        55,
        "",
        "ระดับน้ำขึ้นสูงสุดที่ปากคลองตลาดคาดว่าจะเกิดช่วงเวลา 19.00 น. ประชาชนควรหลีกเลี่ยงท่าเรือริมแม่น้ำ",
        None,
    ),
    (
        63,
        "",
        "ทหารช่างนำเรือท้องแบน 40 ลำเข้าช่วยขนย้ายผู้สูงอายุในอำเภอผักไห่",
        "เจ้าหน้าที่ทหารช่วยผู้สูงอายุขึ้นเรือท้องแบนหน้าบ้านที่น้ำท่วมถึงเข่า",
    ),
    (
        72,
        "",
        "เราเปิดประตูระบายน้ำทุกบานที่เปิดได้แล้ว ขอให้ประชาชนเชื่อข้อมูลจากหน่วยงานรัฐเท่านั้น",
        (
            "เราเปิดประตูระบายน้ำทุกบานที่เปิดได้แล้ว ขอให้ประชาชนเชื่อข้อมูลจากหน่วยงานรัฐเท่านั้น",
            "ประยุทธ์ ศรีสุข",
            "อธิบดีกรมชลประทาน",
        ),
    ),
    (80, "", "รถไฟสายเหนือเดินรถได้ตามปกติ การรถไฟฯ เฝ้าระวังสะพานข้ามแม่น้ำป่าสักเป็นพิเศษ", None),
    (
        91,
        "วิธีเตรียมตัวก่อนน้ำมา",
        "ยกปลั๊กไฟและของมีค่าขึ้นที่สูง เตรียมยาประจำตัว เอกสารสำคัญใส่ถุงกันน้ำ และจดเบอร์ฉุกเฉิน 1784 กับ 1669 ไว้",
        PINNED,
    ),
    (103, "", "โรงเรียนริมน้ำในอยุธยา 27 แห่งประกาศหยุดเรียนถึงวันศุกร์", None),
    (
        117,
        "",
        "อาสาสมัครกู้ภัยตั้งจุดรับบริจาคถุงทรายที่ศาลากลางจังหวัดอ่างทอง",
        "อาสาสมัครช่วยกันกรอกทรายใส่กระสอบหน้าศาลากลางจังหวัด",
    ),
    (129, "", "น้ำท่วมถนนสายเอเชียช่วงอำเภอบางปะอิน สูง 20 เซนติเมตร รถเล็กควรเลี่ยงเส้นทาง", KEY),
    (
        142,
        "",
        "ที่บ้านยายน้ำเข้าใต้ถุนแล้ว แต่เรายังไม่ไปไหน เพราะห่วงวัวห้าตัว",
        ("ที่บ้านยายน้ำเข้าใต้ถุนแล้ว แต่เรายังไม่ไปไหน เพราะห่วงวัวห้าตัว", "บุญมี ทองดี", "ชาวบ้านอำเภอบางบาล"),
    ),
    (156, "", "กรมอุตุนิยมวิทยาคาดว่าฝนจะลดลงในภาคเหนือตอนล่างตั้งแต่วันพรุ่งนี้", None),
    (170, "", "นิคมอุตสาหกรรมโรจนะเสริมคันกั้นน้ำอีก 1 เมตร ยืนยันยังเดินเครื่องได้ตามปกติ", None),
    (185, "", "เรือด่วนเจ้าพระยางดให้บริการธงส้มชั่วคราว เพราะกระแสน้ำแรง", None),
    (
        201,
        "",
        "จังหวัดชัยนาทแจ้งเตือนชุมชนท้ายเขื่อนให้เฝ้าระวังระดับน้ำตลอดคืน",
        "ป้ายแจ้งเตือนระดับน้ำริมแม่น้ำเจ้าพระยาที่จังหวัดชัยนาท",
    ),
    (218, "", "ศูนย์ป้องกันและบรรเทาสาธารณภัยเขต 1 ส่งเครื่องสูบน้ำ 30 เครื่องไปอยุธยา", None),
]
# Station readings fill the rest of the night: one every 15 minutes, older than the above.
READING_START_MINUTES = 230
READING_EVERY_MINUTES = 15
READINGS = 12

ENGLISH = [
    (
        8,
        "Dam release raised",
        "The Royal Irrigation Department raised the release below the Chao"
        " Phraya Dam to 2,700 cubic metres a second from 6am.",
        KEY,
    ),
    (
        25,
        "Six more shelters open",
        "Ang Thong opened six more temporary shelters for about 1,800 people. Call 1784 for help.",
        PINNED,
    ),
    (
        49,
        "",
        "Bangkok reinforced sandbag walls at 12 points along the"
        " river, outside the flood wall first.",
        None,
    ),
    (
        75,
        "",
        "We have opened every gate that can be opened. Please rely on official information only.",
        (
            "We have opened every gate that can be opened. Please"
            " rely on official information only.",
            "Prayut Srisuk",
            "Director-General, Royal Irrigation Department",
        ),
    ),
    (
        132,
        "",
        "The Asian Highway at Bang Pa-in is under 20 centimetres"
        " of water; small cars should avoid it.",
        KEY,
    ),
    (
        160,
        "",
        "The Meteorological Department expects less rain in the lower north from tomorrow.",
        None,
    ),
]


def station_readings():
    """(minutes ago, title, text, extra) of the night's gauge readings, newest first."""
    readings = []
    for n in range(READINGS):
        station, level = STATIONS[n % len(STATIONS)]
        metres = level - n * 0.04
        text = f"ระดับน้ำที่สถานี {station} วัดได้ {metres:.2f} เมตร (รทก.) สูงขึ้นจากชั่วโมงก่อน"
        readings.append((READING_START_MINUTES + n * READING_EVERY_MINUTES, "", text, None))
    return readings
