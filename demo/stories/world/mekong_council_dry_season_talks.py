"""A demo story for the World section. Invented people and institutions; real places."""

from demo.schema import Story, Version, facts, h2, p, quote, related

STORY = Story(
    slug="mekong-council-dry-season-talks",
    section="world",
    hours_ago=0.8,
    authors=("thanaphon",),
    th=Version(
        title="ประเทศลุ่มน้ำโขงเริ่มเจรจาแบ่งน้ำหน้าแล้ง หลังระดับน้ำต่ำสุดในรอบหลายปี",
        standfirst=(
            "ผู้แทนสี่ประเทศประชุมที่เวียงจันทน์เพื่อตกลงเรื่องการปล่อยน้ำจากเขื่อนในฤดูแล้ง "
            "ชาวประมงและเกษตรกรริมโขงขอให้เปิดข้อมูลการปล่อยน้ำล่วงหน้าอย่างน้อยหนึ่งสัปดาห์"
        ),
        hero_caption="แม่น้ำโขงช่วงหน้าแล้ง ที่สันดอนทรายโผล่กลางลำน้ำ",
        hero_alt="แม่น้ำกว้างในฤดูแล้ง มีสันดอนทรายโผล่กลางลำน้ำ",
        tags=("แม่น้ำโขง", "ภัยแล้ง", "อาเซียน"),
        body=(
            p(
                "ผู้แทนจากไทย ลาว กัมพูชา และเวียดนาม เริ่มการประชุมสามวันที่นครหลวงเวียงจันทน์"
                "วันนี้ เพื่อหาข้อตกลงเรื่องการปล่อยน้ำจากเขื่อนในช่วงฤดูแล้ง หลังระดับน้ำโขง"
                "หลายจุดลดลงต่ำสุดในรอบหลายปี"
            ),
            p(
                "สภาลุ่มน้ำโขงตอนล่างซึ่งเป็นเจ้าภาพระบุว่า "
                "ระดับน้ำที่สถานีวัดน้ำนครพนมต่ำกว่าค่าเฉลี่ยช่วงเดียวกันเกือบสองเมตร "
                "และสันดอนทรายที่โผล่ขึ้นกลางแม่น้ำทำให้เรือขนส่งสินค้าบางเส้นทางต้องหยุดวิ่ง"
            ),
            quote(
                "ปลาไม่รู้จักพรมแดน ถ้าน้ำขึ้นลงผิดฤดู ปลาก็ไม่วางไข่ ชาวประมงทั้งสองฝั่งโขงก็เดือดร้อนเหมือนกันหมด",
                "ดร.สุวรรณี พิมพ์ทอง",
                "นักวิจัยประมงน้ำจืด ศูนย์ศึกษาระบบนิเวศแม่น้ำนานาชาติ",
            ),
            p(
                "ข้อเสนอหลักบนโต๊ะเจรจาคือให้เจ้าของเขื่อนแจ้งแผนการปล่อยน้ำล่วงหน้าอย่างน้อย"
                "เจ็ดวัน และเปิดข้อมูลระดับน้ำในอ่างเก็บน้ำให้ประเทศท้ายน้ำเห็นแบบรายวัน"
            ),
            related(
                "bangkok-canal-communities-brace-for-dam-release",
                "asian-cities-heat-action-plans",
                "satellite-tracking-fishing-fleets",
            ),
            h2("ริมโขงรอคำตอบ"),
            p(
                "ที่อำเภอธาตุพนม จังหวัดนครพนม ชาวประมงหลายรายเลิกวางข่ายไปแล้วตั้งแต่ต้นเดือน "
                "บางคนหันไปรับจ้างในสวนยางหรือเข้าไปทำงานในเมือง ส่วนเกษตรกรที่ปลูกผักริมตลิ่ง"
                "ต้องต่อท่อสูบน้ำยาวขึ้นเกือบเท่าตัว"
            ),
            quote(
                "ปีก่อนน้ำมาเร็วจนผักริมตลิ่งจมหมด ปีนี้น้ำหายจนต้องเดินไกลกว่าเดิมร้อยเมตร"
                "กว่าจะถึงน้ำ เราไม่ได้ขอให้น้ำมาก แค่ขอให้รู้ก่อน",
                "ทองสุข วงศ์ษา",
                "เกษตรกรริมโขง อำเภอธาตุพนม",
            ),
            facts(
                "แม่น้ำโขงในตัวเลข",
                (
                    "ไหลผ่านหกประเทศ ยาวราว 4,900 กิโลเมตร",
                    "ระดับน้ำที่นครพนมต่ำกว่าค่าเฉลี่ยช่วงเดียวกันเกือบ 2 เมตร",
                    "ข้อเสนอ: แจ้งแผนปล่อยน้ำล่วงหน้าอย่างน้อย 7 วัน",
                ),
                "สภาลุ่มน้ำโขงตอนล่าง",
            ),
            p(
                "นักสังเกตการณ์คาดว่าการประชุมครั้งนี้จะได้ข้อตกลงเรื่องการแลกเปลี่ยนข้อมูล"
                "มากกว่าข้อผูกมัดเรื่องปริมาณน้ำ ซึ่งยังเป็นประเด็นที่หลายประเทศไม่พร้อมเจรจา"
            ),
            p("ผลการประชุมจะเสนอต่อที่ประชุมระดับรัฐมนตรีของสภาฯ ซึ่งมีกำหนดจัดขึ้นในเดือนหน้า"),
        ),
    ),
    en=Version(
        title="Mekong countries open dry-season water talks as the river drops to a multi-year low",
        standfirst=(
            "Delegates from four countries are meeting in Vientiane to agree on dam releases "
            "in the dry season. Fishers and farmers want at least a week's notice."
        ),
        hero_caption="The Mekong in the dry season, with sandbanks showing mid-river.",
        hero_alt=(
            "A wide river in the dry season, with sandbanks showing in the middle of the channel"
        ),
        tags=("Mekong", "Drought", "ASEAN"),
        body=(
            p(
                "Delegates from Thailand, Laos, Cambodia and Vietnam began three days of "
                "talks in Vientiane today, looking for an agreement on how dams release water "
                "in the dry season, after the Mekong fell to its lowest level in years at "
                "several points."
            ),
            p(
                "The Lower Mekong Basin Council, which is hosting the talks, says the river "
                "at the Nakhon Phanom gauge is almost two metres below the average for the "
                "time of year, and sandbanks have halted cargo boats on some routes."
            ),
            quote(
                "Fish do not know about borders. If the water rises and falls out of season, "
                "they do not spawn, and fishers on both banks suffer alike.",
                "Dr Suwannee Pimthong",
                "Freshwater fisheries researcher, International River Ecology Centre",
            ),
            p(
                "The main proposal on the table would require dam operators to publish "
                "release plans at least seven days ahead, and to share reservoir levels with "
                "downstream countries every day."
            ),
            related(
                "bangkok-canal-communities-brace-for-dam-release",
                "asian-cities-heat-action-plans",
            ),
            h2("Waiting on the riverbank"),
            p(
                "In That Phanom, in Nakhon Phanom province, many fishers stopped setting nets "
                "at the start of the month. Some have taken work on rubber plantations or in "
                "town, while farmers growing vegetables on the banks have had to nearly double "
                "the length of their pump hoses."
            ),
            quote(
                "Last year the water came so fast it drowned the vegetables on the bank. This "
                "year it has gone so far we walk a hundred metres more to reach it. We are not "
                "asking for more water, just to know in advance.",
                "Thongsuk Wongsa",
                "Riverside farmer, That Phanom district",
            ),
            facts(
                "The Mekong in numbers",
                (
                    "Flows through six countries, about 4,900 km long",
                    "Almost 2 metres below the seasonal average at Nakhon Phanom",
                    "Proposal: release plans published at least 7 days ahead",
                ),
                "Lower Mekong Basin Council",
            ),
            p(
                "Observers expect the talks to produce an agreement on sharing data rather "
                "than commitments on volumes of water, which several countries are not ready "
                "to negotiate."
            ),
            p("The outcome will go to the council's ministerial meeting, due next month."),
        ),
    ),
)
