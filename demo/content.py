"""
What the demo site contains: its sections, its authors and its stories.

The stories themselves live in ``stories/``, a package per section and a
module per story; this module gathers them into STORIES and checks the whole
set for mistakes a writer could make (a related link to a story that does not exist yet, a
translation whose pictures do not line up, ...) before anything is loaded.

Everything here is invented: the people, the institutions they speak for and
the events. Place names are real so the stories read naturally.
"""

from collections import Counter

from demo.schema import AuthorData, Embed, Paragraph, Picture, Related, Section
from demo.stories import business, environment, sport, technology, thailand, world

HOME_TITLES = {"th": "หน้าแรก", "en": "Home"}

# Captions say "illustration": the pictures are drawn, not photographed.
HERO_CREDIT = {
    "th": "ภาพประกอบ: กองกราฟิก News World Daily",
    "en": "Illustration: News World Daily graphics desk",
}

# The story at the top of both front pages (it has both languages).
LEAD_STORY = "bangkok-canal-communities-brace-for-dam-release"

SECTIONS = (
    Section(
        slug="world",
        th_title="โลก",
        en_title="World",
        th_intro="ข่าวต่างประเทศที่ส่งผลถึงชีวิตคนไทย จากผู้สื่อข่าวและเครือข่ายของเราทั่วโลก",
        en_intro="Events abroad that reach Thai lives, from our correspondents and partners.",
        colours=("#12355b", "#1f7a8c", "#f4b942"),
        motif="globe",
    ),
    Section(
        slug="thailand",
        th_title="ประเทศไทย",
        en_title="Thailand",
        th_intro="ข่าวในประเทศ ตั้งแต่ชุมชนริมคลองในกรุงเทพฯ จนถึงหมู่บ้านบนดอยและชายฝั่งทะเลใต้",
        en_intro="News from around the country, from Bangkok's canals to the hills and the south.",
        colours=("#f08a4b", "#7b2d5b", "#ffd166"),
        motif="hills",
    ),
    Section(
        slug="business",
        th_title="เศรษฐกิจ",
        en_title="Business",
        th_intro="ปากท้อง การค้า การลงทุน และธุรกิจรายย่อยที่ขับเคลื่อนเศรษฐกิจไทย",
        en_intro="Trade, money and the small firms that keep the Thai economy moving.",
        colours=("#14213d", "#5a3e8a", "#2ec4b6"),
        motif="bars",
    ),
    Section(
        slug="technology",
        th_title="เทคโนโลยี",
        en_title="Technology",
        th_intro="เทคโนโลยีที่เปลี่ยนวิธีทำงาน เรียน และใช้ชีวิต พร้อมคำถามที่ผู้ใช้ควรถาม",
        en_intro="The technology changing how Thailand works and learns, and the questions to ask.",
        colours=("#1b1f4b", "#0e7c9b", "#7df9ff"),
        motif="circuit",
    ),
    Section(
        slug="sport",
        th_title="กีฬา",
        en_title="Sport",
        th_intro="ฟุตบอล มวยไทย ตะกร้อ และนักกีฬาที่กำลังสร้างชื่อ ทั้งในสนามและนอกสนาม",
        en_intro="Football, muay thai, takraw and the athletes making their names.",
        colours=("#1b5e20", "#6a9f2e", "#ffca3a"),
        motif="stripes",
    ),
    Section(
        slug="environment",
        th_title="สิ่งแวดล้อม",
        en_title="Environment",
        th_intro="ป่า ทะเล อากาศ และพลังงาน: ข่าวสิ่งแวดล้อมที่ชุมชนเป็นผู้เล่าด้วยตัวเอง",
        en_intro="Forests, seas, air and energy, often told by the communities living with them.",
        colours=("#0b6e4f", "#69a2b0", "#c8e26b"),
        motif="waves",
    ),
)

AUTHORS = (
    AuthorData(
        key="sasithorn",
        th_name="ศศิธร แก้วประเสริฐ",
        en_name="Sasithorn Kaewprasert",
        th_role="ผู้สื่อข่าวเศรษฐกิจ",
        en_role="Economics correspondent",
        th_bio=(
            "ติดตามข่าวการค้า การส่งออก และหนี้ครัวเรือนมากว่าสิบปี "
            "ก่อนหน้านี้เคยเป็นนักวิเคราะห์ที่สหกรณ์ออมทรัพย์แห่งหนึ่งในนครราชสีมา"
        ),
        en_bio="Has covered trade, exports and household debt for more than a decade. "
        "Before journalism she was an analyst at a savings cooperative in Nakhon Ratchasima.",
        colours=("#5a3e8a", "#2ec4b6"),
    ),
    AuthorData(
        key="thanaphon",
        th_name="ธนพล วงศ์สุวรรณ",
        en_name="Thanaphon Wongsuwan",
        th_role="ผู้สื่อข่าวต่างประเทศ",
        en_role="Foreign affairs correspondent",
        th_bio="รายงานข่าวจากลุ่มแม่น้ำโขงและประเทศเพื่อนบ้าน พูดภาษาลาวและเวียดนาม ประจำอยู่ที่กรุงเทพฯ",
        en_bio="Reports on the Mekong region and Thailand's neighbours. "
        "Speaks Lao and Vietnamese and is based in Bangkok.",
        colours=("#12355b", "#f4b942"),
    ),
    AuthorData(
        key="piyanuch",
        th_name="ปิยะนุช ศรีสมบูรณ์",
        en_name="Piyanuch Srisomboon",
        th_role="บรรณาธิการข่าวเทคโนโลยี",
        en_role="Technology editor",
        th_bio="ดูแลข่าวเทคโนโลยีและความเป็นส่วนตัวของข้อมูล จบวิศวกรรมคอมพิวเตอร์ และยังเขียนโค้ดเป็นงานอดิเรก",
        en_bio="Edits our technology and data privacy coverage. "
        "A computer engineer by training who still writes code for fun.",
        colours=("#0e7c9b", "#7df9ff"),
    ),
    AuthorData(
        key="kritsada",
        th_name="กฤษดา บุญมา",
        en_name="Kritsada Boonma",
        th_role="ผู้สื่อข่าวกีฬา",
        en_role="Sports reporter",
        th_bio="เกาะติดฟุตบอลไทยลีก มวยไทย และกีฬาคนพิการ อดีตนักตะกร้อทีมโรงเรียนที่ยังลงเล่นทุกเย็นวันศุกร์",
        en_bio="Follows Thai League football, muay thai and para sport. "
        "A former school takraw player who still plays on Friday evenings.",
        colours=("#1b5e20", "#ffca3a"),
    ),
    AuthorData(
        key="onuma",
        th_name="อรอุมา ทองคำ",
        en_name="On-uma Thongkham",
        th_role="ผู้สื่อข่าวสิ่งแวดล้อม",
        en_role="Environment correspondent",
        th_bio=(
            "รายงานเรื่องทะเล ป่าชายเลน และคุณภาพอากาศ จากตรังถึงเชียงราย ได้รับทุนอบรมข่าววิทยาศาสตร์ในปีที่ผ่านมา"
        ),
        en_bio="Writes about the sea, mangroves and air quality, from Trang to Chiang Rai. "
        "A science journalism fellow last year.",
        colours=("#0b6e4f", "#c8e26b"),
    ),
    AuthorData(
        key="nattawut",
        th_name="ณัฐวุฒิ จันทร์เพ็ญ",
        en_name="Nattawut Chanpen",
        th_role="ผู้สื่อข่าวภูมิภาค ภาคเหนือ",
        en_role="Northern region correspondent",
        th_bio="ประจำอยู่ที่เชียงใหม่ ติดตามเรื่องหมอกควัน เกษตรกรบนที่สูง และการศึกษาในพื้นที่ห่างไกล",
        en_bio="Based in Chiang Mai, covering the smoke season, "
        "highland farmers and schooling in remote areas.",
        colours=("#7b2d5b", "#f08a4b"),
    ),
    AuthorData(
        key="wannapa",
        th_name="วรรณภา สุขเจริญ",
        en_name="Wannapa Sukcharoen",
        th_role="บรรณาธิการข่าวในประเทศ",
        en_role="Home news editor",
        th_bio="ดูแลโต๊ะข่าวในประเทศ สนใจเรื่องเมือง การเดินทาง และชีวิตของคนทำงานในกรุงเทพฯ",
        en_bio="Runs the home news desk. Interested in cities, transport "
        "and the working lives of Bangkok's residents.",
        colours=("#c0392b", "#ffd166"),
    ),
    AuthorData(
        key="pongsakorn",
        th_name="พงศกร อินทรสุวรรณ",
        en_name="Pongsakorn Intarasuwan",
        th_role="ผู้สื่อข่าวนโยบายสาธารณะ",
        en_role="Public policy reporter",
        th_bio="ติดตามนโยบายสาธารณสุข การศึกษา และการคมนาคม โดยเน้นผลที่เกิดกับผู้มีรายได้น้อย",
        en_bio="Covers health, education and transport policy, "
        "with a focus on how it lands for people on low incomes.",
        colours=("#14213d", "#e67e22"),
    ),
)

STORIES = (
    *world.STORIES,
    *thailand.STORIES,
    *business.STORIES,
    *technology.STORIES,
    *sport.STORIES,
    *environment.STORIES,
)


def place_in_section(story):
    """0 for a section's first story, 1 for the next, and so on: each gets its own palette."""
    slugs = [other.slug for other in STORIES if other.section == story.section]
    return slugs.index(story.slug)


def problems(stories=STORIES):
    """Every mistake in the demo data, as readable sentences (empty when all is well)."""
    found = []
    by_slug = {story.slug: story for story in stories}
    section_slugs = {section.slug for section in SECTIONS}
    author_keys = {author.key for author in AUTHORS}
    for slug, uses in Counter(story.slug for story in stories).items():
        if uses > 1:
            found.append(f"{slug}: the slug is used {uses} times")
    for story in stories:
        found += story_problems(story, by_slug, section_slugs, author_keys)
    # One page with an embed shows the offline fallback without slowing every page.
    pages_with_embed = [
        f"{s.slug} [{lang}]"
        for s in stories
        for lang, v in s.versions.items()
        if count(v.body, Embed)
    ]
    if len(pages_with_embed) != 1:
        found.append(f"exactly one page should have an embed, not {pages_with_embed}")
    lead = by_slug.get(LEAD_STORY)
    if lead is None or lead.th is None or lead.en is None:
        found.append(f"{LEAD_STORY}: the lead story must exist in Thai and English")
    return found


def story_problems(story, by_slug, section_slugs, author_keys):
    found = []
    if story.section not in section_slugs:
        found.append(f"{story.slug}: unknown section {story.section!r}")
    if not 1 <= len(story.authors) <= 2 or not set(story.authors) <= author_keys:
        found.append(f"{story.slug}: needs one or two known authors, has {story.authors}")
    if not story.versions:
        found.append(f"{story.slug}: has no text in any language")
    if not 0 < story.hours_ago <= 24 * 21:
        found.append(f"{story.slug}: hours_ago {story.hours_ago} is outside the last 21 days")
    if story.updated_after_hours is not None and not (
        story.primary.updated_note and story.updated_after_hours < story.hours_ago
    ):
        found.append(f"{story.slug}: an update needs a note and must not be in the future")
    pictures = {lang: count(v.body, Picture) for lang, v in story.versions.items()}
    if len(set(pictures.values())) > 1:
        found.append(f"{story.slug}: the translations have different numbers of pictures")
    for lang, version in story.versions.items():
        paragraphs = count(version.body, Paragraph)
        if not 6 <= paragraphs <= 12:
            found.append(f"{story.slug} [{lang}]: {paragraphs} paragraphs, expected 6 to 12")
        for block in version.body:
            if isinstance(block, Related):
                found += related_problems(story, lang, block, by_slug)
    return found


def related_problems(story, lang, block, by_slug):
    # A story can only link to stories already published when it was: the
    # loader creates stories oldest first, so each link's target exists.
    found = []
    for slug in block.slugs:
        target = by_slug.get(slug)
        if target is None:
            found.append(f"{story.slug} [{lang}]: related story {slug!r} does not exist")
        elif lang not in target.versions:
            found.append(f"{story.slug} [{lang}]: related story {slug!r} has no {lang} version")
        elif target.hours_ago <= story.hours_ago:
            found.append(f"{story.slug} [{lang}]: related story {slug!r} is not older")
    return found


def count(body, kind):
    return sum(isinstance(block, kind) for block in body)
