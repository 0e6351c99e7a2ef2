"""
Demo consent content: the privacy policy page and the consent notice, in
Thai and English. `manage.py load_demo_content` runs ``ensure_demo_consent``
on every start; each step looks for what it would create and skips it when
found, so a second run changes nothing.

The English page and notice are made from the Thai ones with
``copy_for_translation``, so they share a translation key: the language
switch and wagtail-localize treat them as translations of each other.
"""

import html

from django.utils import timezone
from wagtail.models import Locale

from consent.models import ConsentNotice, PrivacyPolicyPage
from home.models import HomePage

CONTACT = "privacy@newsworlddaily.example"

POLICY = {
    "th": {
        "title": "นโยบายความเป็นส่วนตัว",
        "sections": [
            (
                "เราคือใคร",
                [
                    "News World Daily เป็นผู้ควบคุมข้อมูลส่วนบุคคลตามที่อธิบายไว้ในนโยบายนี้ "
                    "หากมีคำถามหรือต้องการใช้สิทธิของคุณ "
                    f"โปรดติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลของเราที่ {CONTACT}",
                ],
            ),
            (
                "ข้อมูลที่เราเก็บเมื่อคุณอ่านข่าว",
                [
                    "การอ่านข่าวบนเว็บไซต์ไม่ต้องสมัครสมาชิก และเราไม่บันทึกว่าคุณอ่านบทความใด",
                    "เมื่อคุณเลือกตั้งค่าคุกกี้ เราจะบันทึกการเลือกนั้นไว้ ได้แก่ รหัสความยินยอมแบบสุ่ม "
                    "ตัวเลือกของคุณ เวอร์ชันของนโยบาย ภาษาของประกาศ และเวลา "
                    "โดยไม่บันทึกหมายเลขไอพีหรือข้อมูลเบราว์เซอร์ของคุณ",
                ],
            ),
            (
                "คุกกี้",
                [
                    "คุกกี้ที่จำเป็น: nwd_consent จดจำการเลือกเรื่องคุกกี้ของคุณ (180 วัน) "
                    "และ django_language จดจำภาษาที่คุณเลือก (1 ปี) เมื่อคุณเข้าสู่ระบบ "
                    "เว็บไซต์จะใช้คุกกี้ sessionid และ csrftoken เพื่อรักษาการเข้าสู่ระบบและความปลอดภัย "
                    "คุกกี้เหล่านี้จำเป็นต่อการทำงานของเว็บไซต์ จึงไม่ต้องขอความยินยอม",
                    "คุกกี้เพื่อการวิเคราะห์และการตลาด รวมถึงวิดีโอหรือโพสต์จากเว็บไซต์อื่นที่ฝังในบทความ "
                    "จะทำงานก็ต่อเมื่อคุณให้ความยินยอมเท่านั้น "
                    "บริการที่ใช้คุกกี้ประเภทนี้แสดงอยู่ท้ายหน้านี้",
                ],
            ),
            (
                "วัตถุประสงค์และฐานทางกฎหมาย",
                [
                    "ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 "
                    "เราใช้คุกกี้เพื่อการวิเคราะห์และการตลาดโดยอาศัยความยินยอมของคุณ (มาตรา 19) "
                    "และใช้คุกกี้ที่จำเป็นโดยอาศัยประโยชน์โดยชอบด้วยกฎหมาย "
                    "ในการให้บริการเว็บไซต์อย่างปลอดภัย (มาตรา 24)",
                ],
            ),
            (
                "ระยะเวลาการเก็บรักษา",
                [
                    "เบราว์เซอร์ของคุณจะจดจำการเลือกไว้ 180 วัน หลังจากนั้นเราจะถามคุณอีกครั้ง "
                    "บันทึกการให้ความยินยอมจะถูกเก็บไว้ 3 ปี เพื่อแสดงว่าคุณตกลงในเรื่องใด "
                    "แล้วจะถูกลบโดยอัตโนมัติ",
                ],
            ),
            (
                "สิทธิของคุณ",
                [
                    "คุณถอนความยินยอมได้ทุกเมื่อผ่านลิงก์ “การตั้งค่าคุกกี้” ที่ท้ายทุกหน้า "
                    "การถอนความยินยอมทำได้ง่ายเท่ากับการให้ความยินยอม "
                    "และไม่มีผลต่อการอ่านข่าวของคุณ",
                    "นอกจากนี้คุณมีสิทธิขอเข้าถึง แก้ไข ลบ หรือโอนย้ายข้อมูลส่วนบุคคลของคุณ "
                    "คัดค้านหรือขอให้ระงับการประมวลผล "
                    "และร้องเรียนต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล (สคส.)",
                ],
            ),
            (
                "การเปลี่ยนแปลงนโยบาย",
                [
                    "เมื่อเราแก้ไขนโยบายนี้ในเรื่องที่ต้องได้รับความยินยอมจากคุณใหม่ "
                    "เราจะปรับเวอร์ชันของนโยบาย และประกาศเรื่องคุกกี้จะถามความยินยอมจากคุณอีกครั้ง",
                ],
            ),
        ],
    },
    "en": {
        "title": "Privacy policy",
        "sections": [
            (
                "Who we are",
                [
                    "News World Daily is the data controller for the personal data described in "
                    "this policy. For questions, or to use your rights, write to our data "
                    f"protection officer at {CONTACT}.",
                ],
            ),
            (
                "What we collect when you read",
                [
                    "Reading the news on this site needs no account, and we keep no record of "
                    "which articles you read.",
                    "When you make a cookie choice, we record it: a random consent id, your "
                    "choices, the policy version, the language of the notice and the time. We do "
                    "not record your IP address or anything about your browser.",
                ],
            ),
            (
                "Cookies",
                [
                    "Strictly necessary cookies: nwd_consent remembers your cookie choice "
                    "(180 days) and django_language the language you picked (1 year). When you "
                    "sign in, sessionid and csrftoken keep you signed in and secure. The site "
                    "cannot work without them, so they need no consent.",
                    "Analytics and marketing cookies, including videos and posts from other "
                    "sites embedded in articles, are used only with your consent. The services "
                    "that set them are listed at the end of this page.",
                ],
            ),
            (
                "Purposes and legal basis",
                [
                    "Under Thailand's Personal Data Protection Act B.E. 2562 (2019), we use "
                    "analytics and marketing cookies on the basis of your consent (section 19), "
                    "and strictly necessary cookies on the basis of our legitimate interest in "
                    "running a secure website (section 24).",
                ],
            ),
            (
                "How long we keep it",
                [
                    "Your browser remembers your choice for 180 days; then we ask again. The "
                    "record of a choice is kept for three years, to show what was agreed, and "
                    "is then deleted automatically.",
                ],
            ),
            (
                "Your rights",
                [
                    "You can withdraw your consent at any time with “Cookie settings” at the "
                    "bottom of every page. Withdrawing is as easy as agreeing and never stops "
                    "you reading the news.",
                    "You also have the right to access, correct, delete or move your personal "
                    "data, to object to or restrict its processing, and to complain to the "
                    "Office of the Personal Data Protection Commission (PDPC).",
                ],
            ),
            (
                "Changes to this policy",
                [
                    "When we change this policy in a way that needs your consent again, we raise "
                    "its version and the cookie notice asks you again.",
                ],
            ),
        ],
    },
}

NOTICE = {
    "th": {
        "title": "คุกกี้และความเป็นส่วนตัวของคุณ",
        "text": (
            "เราใช้คุกกี้ที่จำเป็นเพื่อให้เว็บไซต์ทำงานได้ "
            "และจะใช้คุกกี้เพื่อการวิเคราะห์หรือการตลาดก็ต่อเมื่อคุณยินยอมเท่านั้น "
            "คุณจะยอมรับทั้งหมด ไม่ยอมรับ หรือเลือกเฉพาะบางวัตถุประสงค์ก็ได้ และเปลี่ยนใจได้ทุกเมื่อ"
        ),
        "analytics_description": "นับจำนวนผู้เข้าชมและการอ่าน เพื่อให้เรารู้ว่าข่าวใดเป็นประโยชน์ต่อผู้อ่าน",
        "marketing_description": (
            "วิดีโอและโพสต์จากเว็บไซต์อื่นที่ฝังในบทความ และพันธมิตรด้านโฆษณา ซึ่งอาจติดตามการใช้งานของคุณ"
        ),
    },
    "en": {
        "title": "Cookies and your privacy",
        "text": (
            "We use the cookies the site needs to work, and cookies for analytics or marketing "
            "only if you agree. Accept all, decline, or choose purposes; you can change your "
            "mind at any time."
        ),
        "analytics_description": (
            "Counting visits and reads, so we know which stories help our readers."
        ),
        "marketing_description": (
            "Videos and posts from other sites embedded in articles, and advertising partners, "
            "which may track you."
        ),
    },
}


def ensure_demo_consent(log):
    """Create whatever of the policy pages and notices is missing; returns nothing."""
    thai, english = (Locale.objects.get(language_code=code) for code in ("th", "en"))
    thai_home = HomePage.objects.filter(locale=thai, depth=2).first()
    if thai_home is None:
        return
    policy = ensure_policy_pages(thai_home, english, log)
    ensure_notices(thai, english, policy, log)


def ensure_policy_pages(thai_home, english, log):
    page = PrivacyPolicyPage.objects.child_of(thai_home).first()
    if page is None:
        page = PrivacyPolicyPage(
            slug="privacy", effective_date=timezone.localdate(), live=False, locale=thai_home.locale
        )
        fill_policy(page, "th")
        thai_home.add_child(instance=page)
        page.save_revision().publish()
        log(f"Privacy policy: {page.title}")
    english_home = thai_home.get_translation_or_none(english)
    if english_home is not None and page.get_translation_or_none(english) is None:
        translation = page.copy_for_translation(english)
        fill_policy(translation, "en")
        translation.save_revision().publish()
        log(f"Privacy policy: {translation.title}")
    return page


def fill_policy(page, lang):
    data = POLICY[lang]
    page.title = data["title"]
    page.body = [
        block
        for heading, paragraphs in data["sections"]
        for block in [
            ("heading", {"text": heading, "level": "h2"}),
            *[("paragraph", f"<p>{html.escape(text)}</p>") for text in paragraphs],
        ]
    ]


def ensure_notices(thai, english, policy, log):
    notice = ConsentNotice.objects.filter(locale=thai).first()
    if notice is None:
        notice = ConsentNotice(locale=thai, privacy_policy=policy, **NOTICE["th"])
        notice.save()
        notice.save_revision()
        log(f"Consent notice: {notice.title}")
    if notice.get_translation_or_none(english) is None:
        translation = notice.copy_for_translation(english)
        for field, value in NOTICE["en"].items():
            setattr(translation, field, value)
        translation.save()
        translation.save_revision()
        log(f"Consent notice: {translation.title}")
