"""A demo story for the Technology section. Invented people and institutions; real places."""

from demo.schema import Story, Version, p, quote, related

STORY = Story(
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
        hero_caption="Coding club members test a water level sensor at a stream near the school.",
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
)
