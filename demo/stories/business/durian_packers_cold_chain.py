"""A demo story for the Business section. Invented people and institutions; real places."""

from demo.schema import Story, Version, p, picture, quote, related

STORY = Story(
    slug="durian-packers-cold-chain",
    section="business",
    hours_ago=27,
    authors=("sasithorn",),
    th=Version(
        title="ล้งทุเรียนจันทบุรีลงทุนห้องเย็น หวังส่งทุเรียนสดไปตลาดที่ไกลกว่าจีน",
        standfirst=(
            "ผู้ประกอบการรายกลางรวมกลุ่มกันสร้างห้องเย็นและห้องบ่มที่ควบคุมอุณหภูมิได้ "
            "เพื่อส่งทุเรียนทางเรือไปเกาหลีใต้และตะวันออกกลางโดยไม่ต้องพึ่งการขนส่งทางอากาศ"
        ),
        hero_caption="ทุเรียนหมอนทองในตะกร้ารอคัดขนาดที่ล้งแห่งหนึ่งในจันทบุรี",
        hero_alt="ผลทุเรียนในตะกร้าพลาสติกวางเรียงกันบนพื้นโรงคัดแยก",
        tags=("ทุเรียน", "จันทบุรี", "ส่งออก", "ห้องเย็น"),
        body=(
            p(
                "ล้งทุเรียนขนาดกลางเจ็ดแห่งในจังหวัดจันทบุรีรวมเงินกันสร้างห้องเย็นและห้องบ่ม"
                "ที่ควบคุมอุณหภูมิและความชื้นได้ มูลค่ารวมราว 120 ล้านบาท เพื่อส่งทุเรียนสด"
                "ทางเรือไปตลาดที่ไกลกว่าจีน"
            ),
            p(
                "ที่ผ่านมาทุเรียนสดที่ส่งไปเกาหลีใต้และตะวันออกกลางต้องขนส่งทางอากาศ "
                "ซึ่งมีต้นทุนสูงจนผู้ส่งออกรายเล็กแข่งขันไม่ได้ "
                "การขนส่งทางเรือที่ใช้เวลาสองถึงสามสัปดาห์ต้องอาศัยการควบคุมความสุกของผลอย่างแ"
                "ม่นยำ"
            ),
            quote(
                "ทุเรียนเป็นผลไม้ที่ไม่รอใคร ถ้าคุมความเย็นพลาดไปไม่กี่องศา ถึงปลายทาง"
                "ก็สุกเกินขายไม่ได้ ห้องเย็นคือหัวใจของธุรกิจนี้",
                "วิภาวรรณ จันทร์หอม",
                "ผู้จัดการกลุ่มล้งทุเรียนตะวันออก",
            ),
            picture(
                "พนักงานเข็นรถบรรทุกกล่องทุเรียนเข้าห้องเย็นที่มีม่านพลาสติกกั้นหน้าประตู",
                "กล่องทุเรียนถูกนำเข้าห้องเย็นก่อนบรรจุลงตู้คอนเทนเนอร์",
            ),
            p(
                "กลุ่มล้งทดลองส่งทุเรียนทางเรือไปเกาหลีใต้แล้วสามตู้คอนเทนเนอร์ ผลที่ถึงปลายทาง"
                "เสียหายไม่ถึงร้อยละ 3 ซึ่งใกล้เคียงกับการขนส่งทางอากาศ แต่ต้นทุนต่ำกว่าเกือบ"
                "สี่เท่า"
            ),
            related(
                "can-app-loans-rescue-small-shops",
                "nan-highland-coffee-cooperative",
            ),
            p(
                "เกษตรกรชาวสวนหวังว่าตลาดที่หลากหลายขึ้นจะช่วยลดความเสี่ยงจากการพึ่งพาผู้ซื้อร"
                "ายใหญ่เพียงประเทศเดียว "
                "ซึ่งทำให้ราคาหน้าสวนผันผวนตามการตรวจสินค้าที่ด่านปลายทาง"
            ),
            quote(
                "ถ้าวันไหนด่านปลายทางเข้มงวด ราคาหน้าสวนตกทันที มีตลาดที่สองที่สามไว้ชาวสวนก็มีทางเลือก",
                "ดร.ธนวัฒน์ ศรีสุข",
                "นักวิจัยเศรษฐศาสตร์การเกษตร สถาบันวิจัยผลไม้ภาคตะวันออก",
            ),
            p(
                "ธนาคารรัฐแห่งหนึ่งให้สินเชื่อดอกเบี้ยต่ำสำหรับการสร้างห้องเย็นบางส่วน "
                "โดยมีเงื่อนไขว่ากลุ่มล้งต้องรับซื้อทุเรียนจากสวนขนาดเล็กไม่ต่ำกว่าครึ่งหนึ่งข"
                "องปริมาณที่ส่งออก"
            ),
            p("กลุ่มล้งวางแผนส่งทุเรียนทางเรือให้ได้ 200 ตู้ในฤดูกาลหน้า และกำลังเจรจากับผู้นำเข้าในดูไบและโดฮา"),
        ),
    ),
    en=Version(
        title="Chanthaburi durian packers invest in cold rooms to ship beyond China",
        standfirst=(
            "Medium-sized packing houses have clubbed together to build temperature-controlled "
            "cold and ripening rooms, so durian can go by sea to South Korea and the Gulf "
            "instead of by air."
        ),
        hero_caption="Monthong durian in baskets waiting to be graded at a Chanthaburi "
        "packing house.",
        hero_alt="Durians in plastic baskets lined up on the floor of a sorting shed",
        tags=("Durian", "Chanthaburi", "Exports", "Cold chain"),
        body=(
            p(
                "Seven medium-sized durian packing houses in Chanthaburi have pooled about 120 "
                "million baht to build cold rooms and ripening rooms that control temperature "
                "and humidity, so they can ship fresh durian by sea to markets beyond China."
            ),
            p(
                "Until now, fresh durian for South Korea and the Gulf has gone by air, at a "
                "cost small exporters cannot match. A voyage of two to three weeks needs "
                "precise control of how fast the fruit ripens."
            ),
            quote(
                "Durian waits for no one. Get the cold wrong by a few degrees and it arrives "
                "overripe and unsellable. The cold room is the heart of this business.",
                "Wipawan Chanhom",
                "Manager, Eastern Durian Packers Group",
            ),
            picture(
                "A worker wheels a trolley of durian boxes into a cold room behind a plastic "
                "strip curtain",
                "Boxes of durian go into the cold room before being packed into containers.",
            ),
            p(
                "The group has sent three trial containers to South Korea by sea. Less than 3 "
                "per cent of the fruit arrived damaged, close to the rate for air freight, at "
                "almost a quarter of the cost."
            ),
            related(
                "can-app-loans-rescue-small-shops",
                "nan-highland-coffee-cooperative",
            ),
            p(
                "Growers hope more varied markets will reduce the risk of relying on one big "
                "buyer, which makes orchard-gate prices swing with inspections at a single "
                "border."
            ),
            quote(
                "On a day when the border checks get strict, orchard prices drop at once. With "
                "a second and third market, growers have a choice.",
                "Dr Thanawat Srisuk",
                "Agricultural economist, Eastern Fruit Research Institute",
            ),
            p(
                "A state bank lent part of the money at a low rate, on condition that at least "
                "half the fruit exported comes from smallholders' orchards."
            ),
            p(
                "The group plans to ship 200 containers by sea next season and is in talks "
                "with importers in Dubai and Doha."
            ),
        ),
    ),
)
