"""A demo story for the Business section. Invented people and institutions; real places."""

from demo.schema import Story, Version, p, quote, related

STORY = Story(
    slug="motorbike-taxi-battery-swaps",
    section="business",
    hours_ago=360,
    authors=("sasithorn", "piyanuch"),
    th=Version(
        title="วินมอเตอร์ไซค์ไฟฟ้าเปลี่ยนแบตเตอรี่สามนาทีที่ตู้ข้างวิน ผู้ขับบอกประหยัดค่าน้ำมันวันละร้อยบาท",
        standfirst=(
            "ตู้สลับแบตเตอรี่กว่า 200 ตู้ในกรุงเทพฯ และปริมณฑลทำให้ผู้ขับรถจักรยานยนต์รับจ้าง"
            "เปลี่ยนมาใช้รถไฟฟ้าได้โดยไม่ต้องรอชาร์จ แต่ค่าเช่ารถรายวันยังเป็นภาระ"
        ),
        hero_caption="ตู้สลับแบตเตอรี่ข้างวินรถจักรยานยนต์รับจ้างปากซอย",
        hero_alt="ตู้สลับแบตเตอรี่สีขาวติดผนังข้างวินรถจักรยานยนต์ มีรถไฟฟ้าจอดรอ",
        tags=("รถจักรยานยนต์ไฟฟ้า", "พลังงาน", "อาชีพอิสระ"),
        body=(
            p(
                "สมชาย ปานทอง ขับรถจักรยานยนต์รับจ้างที่ปากซอยในย่านลาดพร้าวมาสิบห้าปี "
                "เมื่อหกเดือนก่อนเขาเปลี่ยนมาใช้รถไฟฟ้าแบบเช่ารายวัน เมื่อแบตเตอรี่ใกล้หมด "
                "เขาเดินไปที่ตู้ข้างวิน ดึงก้อนเก่าออก ใส่ก้อนใหม่ "
                "และกลับไปรับผู้โดยสารภายในสามนาที"
            ),
            p(
                "ผู้ให้บริการสลับแบตเตอรี่สามรายติดตั้งตู้แล้วกว่า 200 ตู้ในกรุงเทพฯ "
                "และปริมณฑล ส่วนใหญ่อยู่ใกล้วินรถจักรยานยนต์ ปั๊มน้ำมัน และร้านสะดวกซื้อ"
            ),
            quote(
                "ค่าน้ำมันเคยวันละร้อยห้าสิบ ตอนนี้ค่าสลับแบตวันละห้าสิบกว่าบาท เงินที่เหลือ"
                "ก็เอาไปจ่ายค่าเช่ารถ ยังเหลือมากกว่าเดิมนิดหน่อย",
                "สมชาย ปานทอง",
                "ผู้ขับรถจักรยานยนต์รับจ้าง ย่านลาดพร้าว",
            ),
            p(
                "แต่ผู้ขับอีกหลายคนยังลังเล "
                "เพราะค่าเช่ารถรายวันรวมค่าแบตเตอรี่ทำให้ต้นทุนต่อวันไม่ต่างจากรถน้ำมันมากนัก "
                "และรถยังไม่ใช่ของตัวเองแม้จะเช่ามาหลายปี"
            ),
            related("ubon-community-solar-cooperative"),
            quote(
                "จุดคุ้มทุนของผู้ขับอยู่ที่ระยะทางต่อวัน คนที่วิ่งเกินหกสิบกิโลเมตรได้ประโยชน์ชัด แต่คนที่วิ่งน้อยอาจยังไม่คุ้ม",
                "ดร.พีรพงษ์ อุดมสุข",
                "นักวิจัยนโยบายพลังงาน สถาบันพลังงานสะอาดแห่งเอเชีย",
            ),
            p(
                "ผู้ให้บริการรายหนึ่งเริ่มทดลองโครงการเช่าซื้อ "
                "โดยให้ผู้ขับเป็นเจ้าของรถหลังผ่อนครบสามปี "
                "และเสนอส่วนลดค่าสลับแบตเตอรี่ในช่วงกลางวันที่ตู้มีแบตเตอรี่เต็มมาก"
            ),
            p(
                "ปัญหาอีกเรื่องคือตู้สลับแบตเตอรี่ยังกระจุกอยู่ในเขตเมืองชั้นใน "
                "ผู้ขับที่รับผู้โดยสารไปชานเมืองบางครั้งต้องวิ่งรถเปล่ากลับมาเปลี่ยนแบตเตอรี่ "
                "ทำให้เสียรายได้"
            ),
            p(
                "สมาคมผู้ขับรถจักรยานยนต์รับจ้างเรียกร้องให้มีมาตรฐานแบตเตอรี่กลาง เพื่อให้รถ"
                "ทุกยี่ห้อใช้ตู้ของผู้ให้บริการรายใดก็ได้"
            ),
        ),
    ),
    en=Version(
        title="Electric motorbike taxis swap batteries in three minutes, and riders save "
        "100 baht a day on fuel",
        standfirst=(
            "More than 200 swap cabinets in and around Bangkok let motorbike taxi riders go "
            "electric without waiting to charge. The daily rental is still a burden."
        ),
        hero_caption="A battery swap cabinet beside a motorbike taxi rank at the end of a soi.",
        hero_alt=(
            "A white battery swap cabinet mounted on a wall beside a motorbike taxi rank, with "
            "electric motorbikes parked and waiting"
        ),
        tags=("Electric motorbikes", "Energy", "Gig work"),
        body=(
            p(
                "Somchai Panthong has driven a motorbike taxi from the mouth of a soi in Lat "
                "Phrao for fifteen years. Six months ago he switched to a rented electric "
                "bike. When the battery runs low, he walks to the cabinet beside the rank, "
                "pulls out the old pack, slots in a fresh one and is back carrying passengers "
                "within three minutes."
            ),
            p(
                "Three battery-swap companies have installed more than 200 cabinets in and "
                "around Bangkok, mostly near taxi ranks, petrol stations and convenience "
                "stores."
            ),
            quote(
                "Fuel used to cost me 150 baht a day. Swapping costs just over 50. The "
                "difference pays the bike rental and I still have a little more than before.",
                "Somchai Panthong",
                "Motorbike taxi rider, Lat Phrao",
            ),
            p(
                "Many other riders are holding back: the daily rental plus battery fees make "
                "the cost per day not much lower than petrol, and the bike is never theirs, "
                "however many years they rent it."
            ),
            quote(
                "The break-even point is distance. Riders who cover more than sixty kilometres "
                "a day clearly gain; those who ride less may not.",
                "Dr Peerapong Udomsuk",
                "Energy policy researcher, Asian Clean Energy Institute",
            ),
            p(
                "One company is trying a hire-purchase scheme under which riders own the bike "
                "after three years of payments, with cheaper swaps in the middle of the day "
                "when cabinets are full."
            ),
            p(
                "Another problem is that the cabinets cluster in the inner city. Riders who "
                "take passengers out to the suburbs sometimes have to ride back empty to "
                "swap, and lose fares."
            ),
            p(
                "The motorbike taxi riders' association is calling for a common battery "
                "standard, so that any brand of bike can use any company's cabinets."
            ),
        ),
    ),
)
