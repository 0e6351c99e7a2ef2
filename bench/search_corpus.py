"""
The generated newsroom of bench/search_bench.py: everyday Thai and English
filler words, the terms planted in some stories, and the labelled Thai
queries whose right answers are the stories a term was planted in.
"""

# Filler: everyday Thai news words, none of them part of a planted term.
THAI_FILLER = [
    "เจ้าหน้าที่",
    "ประชุม",
    "ร่วมกับ",
    "ประชาชน",
    "เพื่อ",
    "หารือ",
    "เรื่อง",
    "แนวทาง",
    "แก้ไข",
    "ปัญหา",
    "ที่เกิดขึ้น",
    "พื้นที่",
    "โดย",
    "มี",
    "ผู้เข้าร่วม",
    "จำนวนมาก",
    "ทั้งนี้",
    "คาดว่า",
    "จะ",
    "ความคืบหน้า",
    "ภายใน",
    "สัปดาห์",
    "นอกจากนี้",
    "ยัง",
    "สำรวจ",
    "ความคิดเห็น",
    "ชุมชน",
    "อย่างต่อเนื่อง",
    "ขณะที่",
    "หน่วยงาน",
    "ท้องถิ่น",
    "เตรียม",
    "งบประมาณ",
    "สำหรับ",
    "โครงการ",
    "ใหม่",
    "ซึ่ง",
    "เริ่มต้น",
    "ปีหน้า",
    "รัฐบาล",
    "ประกาศ",
    "มาตรการ",
    "ช่วยเหลือ",
    "ครอบครัว",
    "ได้รับ",
    "ผลกระทบ",
    "อย่างหนัก",
    "ตัวแทน",
    "กล่าวว่า",
    "สถานการณ์",
    "ดีขึ้น",
    "เมื่อเทียบกับ",
    "เดือนที่แล้ว",
    "แต่",
    "ยังคง",
    "ต้อง",
    "ติดตาม",
    "ใกล้ชิด",
    "นักวิชาการ",
    "เสนอ",
    "ให้",
    "ทบทวน",
    "นโยบาย",
    "ระยะยาว",
    "และ",
    "เปิดเผย",
    "ข้อมูล",
    "ต่อ",
    "สาธารณะ",
    "อีกด้านหนึ่ง",
    "ภาคเอกชน",
    "พร้อม",
    "สนับสนุน",
    "การลงทุน",
    "ใน",
    "จังหวัด",
    "ภาคเหนือ",
    "ภาคใต้",
    "ภาคอีสาน",
    "ผู้สื่อข่าว",
    "รายงาน",
    "ว่า",
    "บรรยากาศ",
    "เป็นไปด้วย",
    "ความเรียบร้อย",
]  # noqa: SIM905 - reads as the word list it is; 85 quoted words would not

# Half-typed Thai words, as the search box sends them while the reader types.
SUGGESTION_PREFIXES = ["ดอกเบ", "น้ำท่", "เลือก", "ทุเรี", "ธนาคารแห่ง"]

# Planted Thai terms: each is put inside an unspaced sentence of some stories.
THAI_TERMS = [
    "ดอกเบี้ย",
    "อัตราดอกเบี้ย",
    "น้ำท่วม",
    "ภัยแล้ง",
    "เลือกตั้ง",
    "แผ่นดินไหว",
    "นักท่องเที่ยว",
    "เงินเฟ้อ",
    "ยางพารา",
    "ข้าวหอมมะลิ",
    "ราคาข้าวหอมมะลิ",
    "รถไฟฟ้า",
    "ฝุ่นละออง",
    "โรงพยาบาล",
    "มหาวิทยาลัย",
    "ธนาคารแห่งประเทศไทย",
    "ผู้ว่าการธนาคารแห่งประเทศไทย",
    "ค่าแรงขั้นต่ำ",
    "พลังงานแสงอาทิตย์",
    "ชาวประมง",
    "ทุเรียน",
    "สนามบิน",
    "ไข้เลือดออก",
    "ตลาดหลักทรัพย์",
]

# The labelled set: each Thai query and the planted terms whose stories must be found.
THAI_QUERIES = {
    "ดอกเบี้ย": ["ดอกเบี้ย", "อัตราดอกเบี้ย"],
    "อัตราดอกเบี้ย": ["อัตราดอกเบี้ย"],
    "น้ำท่วม": ["น้ำท่วม"],
    "ภัยแล้ง": ["ภัยแล้ง"],
    "เลือกตั้ง": ["เลือกตั้ง"],
    "แผ่นดินไหว": ["แผ่นดินไหว"],
    "นักท่องเที่ยว": ["นักท่องเที่ยว"],
    "เงินเฟ้อ": ["เงินเฟ้อ"],
    "ยางพารา": ["ยางพารา"],
    "ข้าวหอมมะลิ": ["ข้าวหอมมะลิ", "ราคาข้าวหอมมะลิ"],
    "ราคาข้าวหอมมะลิ": ["ราคาข้าวหอมมะลิ"],
    "รถไฟฟ้า": ["รถไฟฟ้า"],
    "ฝุ่นละออง": ["ฝุ่นละออง"],
    "โรงพยาบาล": ["โรงพยาบาล"],
    "มหาวิทยาลัย": ["มหาวิทยาลัย"],
    "ธนาคารแห่งประเทศไทย": ["ธนาคารแห่งประเทศไทย", "ผู้ว่าการธนาคารแห่งประเทศไทย"],
    "ผู้ว่าการธนาคารแห่งประเทศไทย": ["ผู้ว่าการธนาคารแห่งประเทศไทย"],
    "ค่าแรงขั้นต่ำ": ["ค่าแรงขั้นต่ำ"],
    "พลังงานแสงอาทิตย์": ["พลังงานแสงอาทิตย์"],
    "ชาวประมง": ["ชาวประมง"],
    "ทุเรียน": ["ทุเรียน"],
    "สนามบิน": ["สนามบิน"],
    "ไข้เลือดออก": ["ไข้เลือดออก"],
    "ตลาดหลักทรัพย์": ["ตลาดหลักทรัพย์"],
}

ENGLISH_FILLER = [
    "officials",
    "met",
    "residents",
    "on",
    "Tuesday",
    "to",
    "discuss",
    "plans",
    "for",
    "the",
    "district",
    "while",
    "the",
    "ministry",
    "said",
    "it",
    "would",
    "publish",
    "figures",
    "next",
    "week",
    "and",
    "local",
    "groups",
    "asked",
    "for",
    "more",
    "support",
    "as",
    "the",
    "government",
    "announced",
    "new",
    "measures",
    "after",
    "months",
    "of",
    "debate",
    "reporters",
    "heard",
    "from",
    "families",
    "traders",
    "and",
    "teachers",
    "across",
    "the",
    "northern",
    "provinces",
]  # noqa: SIM905 - as above
ENGLISH_TERMS = ["floods", "flooding", "election", "elections", "farmers", "farmer", "exports"]
ENGLISH_TERMS += ["exported", "tourists", "inflation", "earthquake", "interest rates"]
ENGLISH_QUERIES = ["flood", "elections", "farmers", "export", "tourist", "inflation"]
ENGLISH_QUERIES += ["earthquake", "interest rates"]


def thai_sentence(rng, term=None):
    """Ten to eighteen filler words written Thai style, without spaces; `term` inside."""
    chosen = rng.choices(THAI_FILLER, k=rng.randint(10, 18))
    if term:
        chosen.insert(rng.randint(1, len(chosen) - 1), term)
    return "".join(chosen)


def english_sentence(rng, term=None):
    chosen = rng.choices(ENGLISH_FILLER, k=rng.randint(10, 18))
    if term:
        chosen.insert(rng.randint(1, len(chosen) - 1), term)
    return " ".join(chosen).capitalize() + "."


def generate_article(rng, thai):
    """(title, standfirst, body paragraphs, planted terms) of one generated story."""
    terms, sentence = (THAI_TERMS, thai_sentence) if thai else (ENGLISH_TERMS, english_sentence)
    planted = rng.sample(terms, k=rng.choice([0, 1, 1, 2]))
    places = {term: rng.randrange(12) for term in planted}  # 0 title, 1 standfirst, else body

    def text_at(place):
        here = [term for term, spot in places.items() if spot == place]
        return sentence(rng, here[0] if here else None)

    # Thai puts a space between sentences, not between words.
    paragraphs = [
        " ".join(text_at(2 + 4 * p + s) for s in range(4) if 2 + 4 * p + s < 12) for p in range(3)
    ]
    return text_at(0), text_at(1), paragraphs, set(planted)
