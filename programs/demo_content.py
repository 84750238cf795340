"""Bilingual demo content for programmes, calls and applicants. Facts from ../shared/seeds, words our own.

Every institution, person, e-mail address and phone number below is fictional
demo data. Cities such as "Kuzeyşehir", "Güneyşehir" and "Yaylakent" are
invented on purpose so that no real municipality appears to take part.

Sources that inspired the programmes (credited in the page bodies):
* expert  - the mentor programme regulation of the Marmara Municipalities Union
            (Articles 5-8: calls, matching, written consent, duration, costs);
* reverse - İBB Akademi's "Genç Mentor" reverse-mentoring pilot (staff aged
            26 and under, senior managers, two months, voluntary);
* group   - the former Ministry of Family and Social Policies' group mentoring
            for care staff in the Nar Taneleri project, phase II (2-3 mentors,
            4-6 mentees, six months, train-the-trainer afterwards).
"""

THEMES = [  # translatable taxonomy shared by programmes, resources, calls
    {"key": "digital", "tr": "Dijital dönüşüm", "en": "Digital transformation"},
    {"key": "social_media", "tr": "Sosyal medya ve iletişim", "en": "Social media and communication"},
    {"key": "urban_planning", "tr": "Kentsel planlama", "en": "Urban planning"},
    {"key": "social_services", "tr": "Sosyal hizmetler", "en": "Social services"},
    {"key": "finance", "tr": "Mali yönetim", "en": "Financial management"},
    {"key": "climate", "tr": "Çevre ve iklim", "en": "Environment and climate"},
    {"key": "hr", "tr": "İnsan kaynakları", "en": "Human resources"},
    {"key": "disaster", "tr": "Afet yönetimi", "en": "Disaster management"},
    {"key": "participation", "tr": "Katılımcılık ve halkla ilişkiler", "en": "Citizen participation"},
    {"key": "leadership", "tr": "Liderlik ve yönetim", "en": "Leadership and management"},
]

INSTITUTIONS = [  # names are proper nouns, not translated; all fictional
    {"key": "union", "name": "Kent Ağı Belediyeler Birliği", "kind": "union", "city": "Kuzeyşehir"},
    {"key": "kuzeysehir_bb", "name": "Kuzeyşehir Büyükşehir Belediyesi", "kind": "metropolitan", "city": "Kuzeyşehir"},
    {"key": "guneysehir_bb", "name": "Güneyşehir Büyükşehir Belediyesi", "kind": "metropolitan", "city": "Güneyşehir"},
    {"key": "yaylakent", "name": "Yaylakent Belediyesi", "kind": "provincial", "city": "Yaylakent"},
    {"key": "limanici", "name": "Limaniçi Belediyesi", "kind": "district", "city": "Kuzeyşehir"},
    {"key": "cinarli", "name": "Çınarlı Belediyesi", "kind": "district", "city": "Kuzeyşehir"},
    {"key": "sahilkent", "name": "Sahilkent Belediyesi", "kind": "district", "city": "Güneyşehir"},
    {"key": "kayalidere", "name": "Kayalıdere Belediyesi", "kind": "district", "city": "Güneyşehir"},
    {"key": "baglaronu", "name": "Bağlarönü Belediyesi", "kind": "district", "city": "Güneyşehir"},
    {"key": "yesilyamac", "name": "Yeşilyamaç Belediyesi", "kind": "district", "city": "Yaylakent"},
    {"key": "family_directorate", "name": "Kuzeyşehir Aile ve Sosyal Hizmetler İl Müdürlüğü", "kind": "ministry", "city": "Kuzeyşehir"},
    {"key": "research_centre", "name": "Güneyşehir Üniversitesi Yerel Yönetimler Araştırma Merkezi", "kind": "other", "city": "Güneyşehir"},
]

_CONTACT_TR = "Mentor Programı Sekretaryası · mentor@example.org · +90 212 000 00 00"
_CONTACT_EN = "Mentor Programme Secretariat · mentor@example.org · +90 212 000 00 00"

# --------------------------------------------------------------------------
# Programmes
# --------------------------------------------------------------------------

_EXPERT = {
    "key": "expert",
    "slug": {"tr": "uzman-mentor-programi", "en": "expert-mentor-programme"},
    "program_type": "expert_exchange",
    "format": "hybrid",
    "duration_weeks": 12,
    "group_mentors": None,
    "group_mentees": None,
    "themes": ["digital", "urban_planning", "finance", "climate", "disaster", "participation", "social_media", "hr"],
    "tr": {
        "title": "Belediyeler Arası Uzman Mentor Programı",
        "summary": (
            "Bir konuda uzmanlaşmış personeli, aynı konuda deneyime ihtiyaç duyan başka bir "
            "kurumdaki meslektaşlarıyla eşleştirir. Çalışma yazılı onaylarla başlar, süresi baştan "
            "belirlenir ve gerektiğinde uzatılır."
        ),
        "objectives": (
            "<p>Program, yerel yönetimlerin birbirinin deneyiminden kolayca yararlanabilmesi için "
            "tasarlandı.</p>"
            "<ul>"
            "<li>Kurumlarda biriken uzmanlığı görünür kılmak ve ihtiyaç duyan belediyelere ulaştırmak,</li>"
            "<li>belediyeler arasında güvene dayalı çalışma ilişkileri kurmak,</li>"
            "<li>kurumsal kapasiteyi artırmak ve yetkin personel yetiştirmek,</li>"
            "<li>başarılı uygulamaları yerinde inceleme imkânı sunmak,</li>"
            "<li>eşleşmelerden çıkan bilgiyi Birliğin eğitim ve etkinlikleriyle bütün üyelere yaymak.</li>"
            "</ul>"
        ),
        "benefits_institution": (
            "<ul>"
            "<li>Benzer bir sorunu daha önce çözmüş bir kurumun deneyimine doğrudan ulaşırsınız.</li>"
            "<li>Uzmanını mentor olarak görevlendiren kurum, birikimini tanıtır ve iş birliği ağını genişletir.</li>"
            "<li>Görevlendirilen uzmanın maaşı ve hakları kendi kurumunda kalır; yol, gündelik ve "
            "konaklama giderleri 6245 sayılı Harcırah Kanunu'na uygun olarak kısmen ya da tamamen "
            "Birlik bütçesinden karşılanabilir.</li>"
            "<li>Çalışmanın sonunda elinizde uygulanabilir bir eylem planı olur.</li>"
            "</ul>"
        ),
        "benefits_mentor": (
            "<ul>"
            "<li>Emek verdiğiniz bir uygulamanın başka bir şehirde de hayata geçmesine katkı sunarsınız.</li>"
            "<li>Farklı bir kurumun gözüyle kendi işinize yeniden bakarsınız.</li>"
            "<li>Dinleme, rehberlik ve geri bildirim becerilerinizi geliştirirsiniz.</li>"
            "<li>Birliğin etkinliklerinde deneyiminizi anlatma fırsatı bulursunuz.</li>"
            "</ul>"
        ),
        "benefits_mentee": (
            "<ul>"
            "<li>Sorunuzu, aynı sorunla daha önce uğraşmış birine sorarsınız.</li>"
            "<li>Hedeflerinizi mentorunuzla birlikte netleştirir, adım adım ilerlersiniz.</li>"
            "<li>Gerekirse iyi uygulamayı yerinde görürsünüz.</li>"
            "<li>Kendi kurumunuzun dışında bir meslektaş ağı kurarsınız.</li>"
            "</ul>"
        ),
        "eligibility": (
            "<p><strong>Mentiler:</strong> Birliğe üye belediyelerin, diğer yerel yönetimlerin ve "
            "yerel yönetim alanında çalışan kuruluşların birimleri ve personeli.</p>"
            "<p><strong>Mentorlar:</strong> Aynı kurumlarda ya da Birlik bünyesinde çalışan, bir "
            "alanda uzmanlaşmış ve deneyimini paylaşmaya istekli personel veya birimler.</p>"
            "<p>Her iki taraf için de kurumun yazılı onayı gerekir. Mentor ile menti farklı "
            "kurumlardan olmalıdır.</p>"
        ),
        "contact": _CONTACT_TR,
        "search_description": (
            "Belediye uzmanlarını ihtiyaç duyan meslektaşlarıyla eşleştiren kurumlar arası mentor "
            "programı: amaçlar, süreç, kazanımlar ve katılım şartları."
        ),
        "steps": [
            {
                "title": "İhtiyacınızı veya uzmanlığınızı bildirin",
                "text": (
                    "Açık bir tematik çağrıya başvurun ya da sürekli çağrı üzerinden kurumunuzun "
                    "ihtiyacını veya sunabileceği uzmanlığı iletin."
                ),
            },
            {
                "title": "Sekretarya eşleştirir",
                "text": (
                    "Sekretarya başvuruları inceler ve ihtiyaçla uzmanlığı en iyi buluşturan çifti "
                    "önerir. Uygun bir mentor başvurusu yoksa ilgili alanda bir uzman arar."
                ),
            },
            {
                "title": "Yazılı onaylar alınır",
                "text": (
                    "Uzman personelin rızası ve iki kurumun muvafakati yazılı olarak alınır. Onay "
                    "yazışmalarını Sekretarya koordine eder."
                ),
            },
            {
                "title": "Hedefler ve süre belirlenir",
                "text": (
                    "İlk görüşmede hedefler, çalışma takvimi ve süre yazıya dökülür. Süre gerektiğinde "
                    "uzatılabilir."
                ),
            },
            {
                "title": "Birlikte çalışın",
                "text": (
                    "Görüşmeler yüz yüze, çevrim içi ya da karma biçimde yapılır. Uygun olduğunda "
                    "yerinde inceleme ziyareti planlanır."
                ),
            },
            {
                "title": "İzleme ve değerlendirme",
                "text": (
                    "Sekretarya ara görüşmelerle süreci takip eder. Çalışma bitince iki taraf da kısa "
                    "bir değerlendirme formu doldurur."
                ),
            },
            {
                "title": "Deneyimi paylaşın",
                "text": (
                    "Eşleşmeden çıkan dersler, izninizle iyi uygulama olarak yayımlanır ve ağ kurma "
                    "etkinliklerinde anlatılır."
                ),
            },
        ],
        "body": [
            ("heading", "Hangi konularda eşleşme yapılır?"),
            (
                "paragraph",
                "<p>Program tek bir konuyla sınırlı değildir. Yerel yönetimlerin gündemindeki her "
                "alanda eşleşme yapılabilir; örneğin:</p>"
                "<ul>"
                "<li>e-belediye hizmetleri, veri yönetimi ve coğrafi bilgi sistemleri,</li>"
                "<li>bütçe hazırlığı ve mali raporlama,</li>"
                "<li>iklim uyum planları ve sıfır atık uygulamaları,</li>"
                "<li>afet hazırlığı ve tatbikat planlama,</li>"
                "<li>katılımcı bütçe ve vatandaşla iletişim.</li>"
                "</ul>",
            ),
            (
                "callout",
                {
                    "title": "Tarafların sorumlulukları",
                    "text": (
                        "<p><strong>Mentor</strong>, deneyimini programın amacına uygun biçimde "
                        "paylaşır, kararlaştırılan takvime uyar ve mentinin ihtiyaçlarına göre yol "
                        "gösterir. <strong>Menti</strong>, birlikte koyulan hedeflere ulaşmak için çalışmalara "
                        "etkin katılır, öğrendiklerini takip eder ve bilgi ile geri bildirimlerini "
                        "zamanında paylaşır. İki taraf da karşılıklı güvene, saygıya, gönüllülüğe ve "
                        "gizliliğe özen gösterir.</p>"
                    ),
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Aynı işi daha önce yapmış birine \"siz bunu nasıl çözdünüz?\" diye "
                        "sorabilmek, bizi aylarca sürecek deneme yanılmadan kurtardı."
                    ),
                    "attribution": "Örnek menti görüşü (kurgusal)",
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Mentorum kendi kurumumdan olabilir mi?",
                        "answer": (
                            "<p>Hayır. Program bilginin kurumlar arasında dolaşması için var; bu "
                            "yüzden mentor ile menti her zaman farklı kurumlardan eşleştirilir.</p>"
                        ),
                    },
                    {
                        "question": "Süre yetmezse ne olur?",
                        "answer": (
                            "<p>Taraflar ve kurumları kabul ederse Sekretarya süreyi uzatır. "
                            "Uzatma da ilk onay gibi yazılı olarak kayda geçer.</p>"
                        ),
                    },
                    {
                        "question": "Bir kurum birden fazla uzmanlık sunabilir mi?",
                        "answer": (
                            "<p>Evet. Her uzmanlık için sürekli çağrı üzerinden ayrı bir bildirim "
                            "yapmanız eşleştirmeyi kolaylaştırır.</p>"
                        ),
                    },
                ],
            ),
            (
                "paragraph",
                "<p><em>Programın işleyişi, Marmara Belediyeler Birliği Mentor Programı "
                "Yönetmeliği'nde tarif edilen modelden yararlanılarak kurgulanmıştır.</em></p>",
            ),
        ],
    },
    "en": {
        "title": "Inter-Municipal Expert Mentor Programme",
        "summary": (
            "Pairs staff who are experts in a field with colleagues in another institution who "
            "need that experience. Work starts with written consent, the duration is agreed up "
            "front and can be extended when needed."
        ),
        "objectives": (
            "<p>The programme was designed so that local governments can easily learn from each "
            "other's experience.</p>"
            "<ul>"
            "<li>Make the expertise built up in institutions visible and bring it to the "
            "municipalities that need it,</li>"
            "<li>build working relationships based on trust between municipalities,</li>"
            "<li>strengthen institutional capacity and develop skilled staff,</li>"
            "<li>offer the chance to study successful practices on site,</li>"
            "<li>spread what is learned in the matches to all members through the Union's "
            "training and events.</li>"
            "</ul>"
        ),
        "benefits_institution": (
            "<ul>"
            "<li>You get direct access to an institution that has already solved a similar problem.</li>"
            "<li>An institution that lends an expert as a mentor showcases its know-how and widens "
            "its network.</li>"
            "<li>The expert's salary and entitlements stay with their own institution; travel, daily "
            "allowance and accommodation may be covered partly or fully from the Union's budget, in "
            "line with the Travel Allowance Law No. 6245.</li>"
            "<li>At the end you have a practical action plan.</li>"
            "</ul>"
        ),
        "benefits_mentor": (
            "<ul>"
            "<li>You help a practice you worked hard on come to life in another city.</li>"
            "<li>You look at your own work through the eyes of a different institution.</li>"
            "<li>You develop your listening, guidance and feedback skills.</li>"
            "<li>You get the chance to present your experience at Union events.</li>"
            "</ul>"
        ),
        "benefits_mentee": (
            "<ul>"
            "<li>You can ask your question to someone who has dealt with the same problem before.</li>"
            "<li>You clarify your goals together with your mentor and move forward step by step.</li>"
            "<li>If useful, you see the good practice on site.</li>"
            "<li>You build a network of colleagues outside your own institution.</li>"
            "</ul>"
        ),
        "eligibility": (
            "<p><strong>Mentees:</strong> units and staff of the Union's member municipalities, "
            "other local governments and organisations working in local government.</p>"
            "<p><strong>Mentors:</strong> staff or units of the same institutions, or of the Union "
            "itself, who are experts in a field and willing to share their experience.</p>"
            "<p>Both sides need their institution's written consent. Mentor and mentee must come "
            "from different institutions.</p>"
        ),
        "contact": _CONTACT_EN,
        "search_description": (
            "Inter-institutional mentor programme pairing municipal experts with colleagues who "
            "need them: objectives, process, benefits and eligibility."
        ),
        "steps": [
            {
                "title": "Tell us your need or expertise",
                "text": (
                    "Apply to an open thematic call, or use the standing call to report your "
                    "institution's need or the expertise it can offer."
                ),
            },
            {
                "title": "The Secretariat makes the match",
                "text": (
                    "The Secretariat reviews the applications and proposes the pair whose need and "
                    "expertise fit best. If no suitable mentor has applied, it looks for an expert "
                    "in the field."
                ),
            },
            {
                "title": "Written consent is obtained",
                "text": (
                    "The expert's agreement and both institutions' consent are obtained in writing. "
                    "The Secretariat coordinates the letters."
                ),
            },
            {
                "title": "Goals and duration are set",
                "text": (
                    "At the first meeting, goals, a work plan and the duration are put in writing. "
                    "The duration can be extended if needed."
                ),
            },
            {
                "title": "Work together",
                "text": (
                    "Meetings take place face to face, online or both. Where it helps, a study visit "
                    "is arranged."
                ),
            },
            {
                "title": "Follow-up and evaluation",
                "text": (
                    "The Secretariat checks in along the way. When the work ends, both sides fill in "
                    "a short evaluation form."
                ),
            },
            {
                "title": "Share the experience",
                "text": (
                    "With your permission, lessons from the match are published as good practice and "
                    "presented at networking events."
                ),
            },
        ],
        "body": [
            ("heading", "What can matches be about?"),
            (
                "paragraph",
                "<p>The programme is not limited to one subject. Matches can cover anything on "
                "local governments' agenda, for example:</p>"
                "<ul>"
                "<li>e-government services, data management and geographic information systems,</li>"
                "<li>budget preparation and financial reporting,</li>"
                "<li>climate adaptation plans and zero-waste schemes,</li>"
                "<li>disaster preparedness and drill planning,</li>"
                "<li>participatory budgeting and communication with citizens.</li>"
                "</ul>",
            ),
            (
                "callout",
                {
                    "title": "What each side commits to",
                    "text": (
                        "<p>The <strong>mentor</strong> shares their experience in line with the "
                        "programme's aims, keeps to the agreed schedule and gives guidance based on "
                        "the mentee's needs. The <strong>mentee</strong> takes an active part towards "
                        "the agreed goals, follows up on what they learn and shares information and "
                        "feedback on time. Both sides work with respect, trust, confidentiality and "
                        "on a voluntary basis.</p>"
                    ),
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Being able to ask someone who had done it before, \"how did you solve "
                        "this?\", saved us months of trial and error."
                    ),
                    "attribution": "Sample mentee feedback (fictional)",
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Can my mentor be from my own institution?",
                        "answer": (
                            "<p>No. The programme exists to move knowledge between institutions, so "
                            "mentor and mentee always come from different ones.</p>"
                        ),
                    },
                    {
                        "question": "What if we need more time?",
                        "answer": (
                            "<p>If the parties and their institutions agree, the Secretariat extends "
                            "the duration. The extension is recorded in writing, like the original "
                            "consent.</p>"
                        ),
                    },
                    {
                        "question": "Can one institution offer several areas of expertise?",
                        "answer": (
                            "<p>Yes. Submitting a separate entry through the standing call for each "
                            "area makes matching easier.</p>"
                        ),
                    },
                ],
            ),
            (
                "paragraph",
                "<p><em>The way the programme works draws on the model described in the Mentor "
                "Programme Regulation of the Marmara Municipalities Union.</em></p>",
            ),
        ],
    },
}

_REVERSE = {
    "key": "reverse",
    "slug": {"tr": "genc-mentor-tersine-mentorluk", "en": "young-mentor-reverse-mentoring"},
    "program_type": "reverse",
    "format": "hybrid",
    "duration_weeks": 8,
    "group_mentors": None,
    "group_mentees": None,
    "themes": ["digital", "social_media", "leadership", "hr"],
    "tr": {
        "title": "Genç Mentor: Tersine Mentorluk Programı",
        "summary": (
            "26 yaş ve altındaki çalışanlar, iki ay boyunca başka bir kurumdaki üst düzey "
            "yöneticilere teknoloji, sosyal medya ve yeni çalışma biçimleri üzerine mentorluk yapar. "
            "Katılım iki taraf için de gönüllüdür."
        ),
        "objectives": (
            "<p>Tersine mentorlukta roller yer değiştirir: teknolojiye yakın genç bir çalışan, "
            "kurumsal deneyimi güçlü bir yöneticinin öğrenme ortağı olur.</p>"
            "<ul>"
            "<li>Kuşaklar arasındaki iletişimi güçlendirmek ve önyargıları azaltmak,</li>"
            "<li>yöneticilerin dijital okuryazarlığını artırmak ve dijital dönüşümü hızlandırmak,</li>"
            "<li>genç çalışanların fikirlerini karar vericilere doğrudan ulaştırmak,</li>"
            "<li>genç yetenekleri kamuda tutmak ve geleceğin yöneticilerini yetiştirmek,</li>"
            "<li>farklı bakış açılarını buluşturarak yenilikçi proje fikirleri üretmek.</li>"
            "</ul>"
        ),
        "benefits_institution": (
            "<ul>"
            "<li>Kuşaklar arasındaki bilgi ve değer farkı daralır; birimler arasındaki duvarlar incelir.</li>"
            "<li>Genç çalışanların beklentileri ilk ağızdan öğrenilir.</li>"
            "<li>Dijital araçlar yönetim kademesinde daha hızlı benimsenir.</li>"
            "<li>Kurum, gençlerin çalışmak isteyeceği yenilikçi bir işveren olarak görünür.</li>"
            "</ul>"
        ),
        "benefits_mentor": (
            "<ul>"
            "<li>Bir kurumun nasıl yönetildiğini yakından görürsünüz.</li>"
            "<li>Üst düzey yöneticilerle profesyonel bir ilişki kurmayı deneyimlersiniz.</li>"
            "<li>Dijital dönüşüme katkı vermenin tatminini yaşarsınız.</li>"
            "<li>Ağınız genişler, kariyer kararlarınızı daha bilinçli verirsiniz.</li>"
            "<li>Anlatma, dinleme ve liderlik becerilerinizi geliştirirsiniz.</li>"
            "</ul>"
        ),
        "benefits_mentee": (
            "<ul>"
            "<li>Yeni teknolojileri ve sosyal medyayı kendi işinize uyarlanmış örneklerle öğrenirsiniz.</li>"
            "<li>Ekibinizdeki genç çalışanların dünyasını daha iyi anlarsınız.</li>"
            "<li>Liderlik yaklaşımınızı güncel tutarsınız.</li>"
            "<li>Öğrendiklerinizi doğrudan iş süreçlerinize taşırsınız.</li>"
            "</ul>"
        ),
        "eligibility": (
            "<p><strong>Genç mentorlar:</strong> Üye kurumlarda ya da bunların bağlı kuruluş ve "
            "şirketlerinde çalışan ve başvuru tarihinde 26 yaşında ya da daha genç olan personel. "
            "Teknolojiyi ve sosyal medyayı rahat kullanmak yeterlidir; unvan aranmaz.</p>"
            "<p><strong>Mentiler:</strong> Daire başkanı, müdür, başkan danışmanı, genel müdür ve "
            "genel müdür yardımcısı gibi üst düzey yöneticiler.</p>"
            "<p>İki taraf da gönüllü olarak başvurur. Eşleşmeler farklı kurumlar arasında yapılır; "
            "böylece genç mentor ile yönetici arasında amirlik ilişkisi olmaz.</p>"
        ),
        "contact": _CONTACT_TR,
        "search_description": (
            "Genç Mentor tersine mentorluk programı: 26 yaş ve altındaki çalışanlar iki ay boyunca "
            "üst düzey yöneticilere teknoloji ve sosyal medya üzerine mentorluk yapar."
        ),
        "steps": [
            {
                "title": "Gönüllü başvuru",
                "text": (
                    "Genç mentor adayları ve yöneticiler çağrı açıldığında portal üzerinden "
                    "başvurur ve konuşmak istedikleri konuları belirtir."
                ),
            },
            {
                "title": "Hazırlık eğitimi",
                "text": (
                    "Mentorlar ve mentiler, rolleri, beklentileri ve iyi bir mentorluk görüşmesinin "
                    "nasıl yürütüleceğini konuşan kısa bir eğitime katılır."
                ),
            },
            {
                "title": "Eşleştirme ve onay",
                "text": (
                    "Sekretarya ilgi alanlarına göre çiftleri oluşturur ve iki kurumun yazılı "
                    "onayını alır."
                ),
            },
            {
                "title": "Tanışma buluşması",
                "text": (
                    "Bütün çiftler bir açılış etkinliğinde yüz yüze tanışır ve ilk hedeflerini "
                    "birlikte yazar."
                ),
            },
            {
                "title": "İki aylık çalışma",
                "text": (
                    "Çiftler iki haftada bir, yüz yüze ya da çevrim içi buluşur. Görüşmeler önceden "
                    "seçilen bir konu üzerine ya da serbest olarak yapılabilir."
                ),
            },
            {
                "title": "Değerlendirme ve kapanış",
                "text": (
                    "Katılımcılar kısa bir değerlendirme formu doldurur; kapanış buluşmasında "
                    "öğrenilenler paylaşılır."
                ),
            },
        ],
        "body": [
            ("heading", "İlham aldığımız uygulama"),
            (
                "paragraph",
                "<p>Bu program, İstanbul Büyükşehir Belediyesi bünyesinde İBB Akademinin tasarladığı "
                "Genç Mentor uygulamasından esinlenmiştir. İBB bu uygulamayı kamuda tersine "
                "mentorluğun ilk örneği olarak duyurmuştu: 26 yaş ve altındaki çalışanlar, gönüllü "
                "olarak eşleştikleri daire başkanları ve genel müdürler gibi yöneticilerle iki ay "
                "boyunca güncel teknolojiler, sosyal medya ve yapay zekâ üzerine çalıştı. Biz bu "
                "fikri, farklı belediyelerin çalışanlarını buluşturan bir programa uyarladık.</p>"
                "<p>Tersine mentorluk fikri, GE'nin eski başkanı Jack Welch'in interneti genç bir "
                "çalışandan öğrenmesi ve aynı yöntemi şirketin diğer yöneticilerine önermesiyle "
                "yaygınlaştı.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Gençlerden öğrenecek çok şeyimiz var.",
                    "attribution": "İBB Akademi Genç Mentor Programının sloganı",
                },
            ),
            (
                "callout",
                {
                    "title": "Görüşmelerde neler konuşulur?",
                    "text": (
                        "<ul>"
                        "<li>Sosyal medyada vatandaşla iletişim ve yeni platformlar,</li>"
                        "<li>yapay zekâ araçlarının günlük işte kullanımı,</li>"
                        "<li>mobil uygulamalar ve dijital iş birliği araçları,</li>"
                        "<li>veri görselleştirme,</li>"
                        "<li>genç çalışanların iş yerinden beklentileri.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Yaş sınırı neden 26?",
                        "answer": (
                            "<p>Amaç, dijital ortamda büyüyen kuşağın bakış açısını yöneticilere "
                            "taşımak. İlham aldığımız uygulamadaki sınırı koruduk.</p>"
                        ),
                    },
                    {
                        "question": "İki ay yeterli mi?",
                        "answer": (
                            "<p>Program kısa ve yoğun olacak biçimde kurgulandı. Çiftler isterse "
                            "program bittikten sonra da görüşmeye devam edebilir.</p>"
                        ),
                    },
                    {
                        "question": "Değerlendirme formunu doldurmak zorunlu mu?",
                        "answer": (
                            "<p>Zorunlu değildir, ancak programı geliştirmemize çok yardımcı olur. "
                            "Form beş dakikadan kısa sürer.</p>"
                        ),
                    },
                ],
            ),
        ],
    },
    "en": {
        "title": "Young Mentor: Reverse Mentoring Programme",
        "summary": (
            "Staff aged 26 and under spend two months mentoring senior managers from another "
            "institution on technology, social media and new ways of working. Taking part is "
            "voluntary for both sides."
        ),
        "objectives": (
            "<p>In reverse mentoring the roles are swapped: a young, tech-savvy employee becomes "
            "the learning partner of a manager with deep institutional experience.</p>"
            "<ul>"
            "<li>Improve communication between generations and reduce prejudice,</li>"
            "<li>raise managers' digital literacy and speed up digital transformation,</li>"
            "<li>bring young employees' ideas directly to decision-makers,</li>"
            "<li>keep young talent in the public sector and develop tomorrow's managers,</li>"
            "<li>combine different perspectives to come up with innovative project ideas.</li>"
            "</ul>"
        ),
        "benefits_institution": (
            "<ul>"
            "<li>Gaps in knowledge and values between generations narrow; walls between units get thinner.</li>"
            "<li>You hear young employees' expectations first-hand.</li>"
            "<li>Digital tools are adopted faster at management level.</li>"
            "<li>The institution is seen as an innovative employer young people want to work for.</li>"
            "</ul>"
        ),
        "benefits_mentor": (
            "<ul>"
            "<li>You see up close how an institution is run.</li>"
            "<li>You learn to build a professional relationship with senior managers.</li>"
            "<li>You get the satisfaction of contributing to digital transformation.</li>"
            "<li>Your network grows and you make better-informed career decisions.</li>"
            "<li>You develop your explaining, listening and leadership skills.</li>"
            "</ul>"
        ),
        "benefits_mentee": (
            "<ul>"
            "<li>You learn new technologies and social media through examples tailored to your work.</li>"
            "<li>You understand the world of the younger people in your team better.</li>"
            "<li>You keep your leadership approach up to date.</li>"
            "<li>You bring what you learn straight into your work processes.</li>"
            "</ul>"
        ),
        "eligibility": (
            "<p><strong>Young mentors:</strong> staff of member institutions, their affiliated "
            "bodies or companies who are 26 or younger on the date of application. Being "
            "comfortable with technology and social media is enough; no job title is required.</p>"
            "<p><strong>Mentees:</strong> senior managers such as heads of department, directors, "
            "advisers to the mayor, general managers and their deputies.</p>"
            "<p>Both sides apply voluntarily. Pairs are formed across institutions, so the young "
            "mentor never mentors their own line manager.</p>"
        ),
        "contact": _CONTACT_EN,
        "search_description": (
            "Young Mentor reverse-mentoring programme: staff aged 26 and under mentor senior "
            "managers on technology and social media for two months."
        ),
        "steps": [
            {
                "title": "Voluntary application",
                "text": (
                    "When the call opens, young mentor candidates and managers apply through the "
                    "portal and list the subjects they want to talk about."
                ),
            },
            {
                "title": "Preparation session",
                "text": (
                    "Mentors and mentees attend a short session on roles, expectations and how to "
                    "run a good mentoring conversation."
                ),
            },
            {
                "title": "Matching and consent",
                "text": (
                    "The Secretariat forms pairs based on shared interests and obtains both "
                    "institutions' written consent."
                ),
            },
            {
                "title": "Kick-off meeting",
                "text": (
                    "All pairs meet face to face at an opening event and write down their first "
                    "goals together."
                ),
            },
            {
                "title": "Two months of work",
                "text": (
                    "Pairs meet every two weeks, in person or online. Each meeting can focus on a "
                    "chosen topic or stay open."
                ),
            },
            {
                "title": "Evaluation and closing",
                "text": (
                    "Participants fill in a short evaluation form and share what they learned at a "
                    "closing meeting."
                ),
            },
        ],
        "body": [
            ("heading", "The practice that inspired us"),
            (
                "paragraph",
                "<p>This programme is inspired by the Young Mentor (Genç Mentor) scheme designed by "
                "İBB Akademi at the Istanbul Metropolitan Municipality, which presented it as the "
                "first reverse-mentoring scheme in a Turkish public institution. Employees aged 26 "
                "and under volunteered to work for two months with senior managers such as heads of "
                "department and general managers on current technology, social media and artificial "
                "intelligence. We have adapted the idea to a programme that brings together staff "
                "from different municipalities.</p>"
                "<p>Reverse mentoring became widely known after Jack Welch, then head of GE, learned "
                "to use the internet from a young employee and recommended the same approach to the "
                "company's other managers.</p>",
            ),
            (
                "quote",
                {
                    "quote": "We have a lot to learn from young people.",
                    "attribution": "Motto of İBB Akademi's Young Mentor programme",
                },
            ),
            (
                "callout",
                {
                    "title": "What do pairs talk about?",
                    "text": (
                        "<ul>"
                        "<li>Talking to citizens on social media, and new platforms,</li>"
                        "<li>using artificial intelligence tools in everyday work,</li>"
                        "<li>mobile apps and digital collaboration tools,</li>"
                        "<li>data visualisation,</li>"
                        "<li>what young employees expect from their workplace.</li>"
                        "</ul>"
                    ),
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Why is the age limit 26?",
                        "answer": (
                            "<p>The aim is to bring the perspective of the generation that grew up "
                            "online to managers. We kept the limit used by the scheme that inspired "
                            "us.</p>"
                        ),
                    },
                    {
                        "question": "Are two months enough?",
                        "answer": (
                            "<p>The programme is meant to be short and focused. Pairs are welcome "
                            "to keep meeting after it ends.</p>"
                        ),
                    },
                    {
                        "question": "Is the evaluation form compulsory?",
                        "answer": (
                            "<p>No, but it helps us a great deal to improve the programme. It takes "
                            "less than five minutes.</p>"
                        ),
                    },
                ],
            ),
        ],
    },
}

_GROUP = {
    "key": "group",
    "slug": {"tr": "bakim-personeli-grup-mentorlugu", "en": "group-mentoring-for-care-staff"},
    "program_type": "group",
    "format": "face_to_face",
    "duration_weeks": 24,
    "group_mentors": (2, 3),
    "group_mentees": (4, 6),
    "themes": ["social_services", "hr"],
    "tr": {
        "title": "Bakım Personeli için Grup Mentorluğu",
        "summary": (
            "2–3 deneyimli meslek elemanından oluşan bir mentor ekibi, 4–6 bakım personelinden "
            "oluşan bir grupla altı ay boyunca düzenli olarak buluşur. Amaç, eğitimde öğrenilenleri "
            "günlük işe taşımak ve grup içinde birbirinden öğrenmektir."
        ),
        "objectives": (
            "<p>Bakım personeli, çocuklara, gençlere ve bakıma ihtiyaç duyan diğer kişilere "
            "doğrudan hizmet veren kilit bir meslek grubudur. Program, onların mesleki gelişimini "
            "süreklilik taşıyan bir öğrenme ilişkisiyle desteklemeyi hedefler.</p>"
            "<ul>"
            "<li>Çocukların ve gençlerin her yaşta neye ihtiyaç duyduğunu daha iyi anlamak,</li>"
            "<li>bu ihtiyaçlara yanıt verecek yöntemleri uygulamada denemek,</li>"
            "<li>her menti için öncelikli gelişim alanlarına dayanan bir gelişim planı hazırlamak,</li>"
            "<li>grup içinde deneyim, geri bildirim ve destek alışverişini sağlamak,</li>"
            "<li>ek eğitim, sertifika programı ve kaynaklar hakkında bilgi vermek,</li>"
            "<li>bakım personelinin özgüvenini ve motivasyonunu artırmak.</li>"
            "</ul>"
        ),
        "benefits_institution": (
            "<ul>"
            "<li>Birebir mentorluğa göre daha az kaynakla daha çok çalışana ulaşılır; model hızlı ve esnektir.</li>"
            "<li>Meslek elemanları ile bakım personeli arasında kalıcı bir öğrenme köprüsü kurulur.</li>"
            "<li>Pilot dönemde yetişen mentor liderleri sayesinde program, kurumun kendi "
            "personeliyle sürdürülebilir.</li>"
            "<li>Ekip içi iş birliği ve hizmet kalitesi artar.</li>"
            "</ul>"
        ),
        "benefits_mentor": (
            "<ul>"
            "<li>Mesleki deneyiminizi aynı anda birden çok meslektaşa aktarırsınız.</li>"
            "<li>Kolaylaştırıcılık, aktif dinleme, soru sorma ve geri bildirim becerilerinizi uygularsınız.</li>"
            "<li>Sahadaki güncel sorunları ilk ağızdan duyarsınız.</li>"
            "<li>İsterseniz eğitmen eğitimiyle mentor lideri olarak devam edebilirsiniz.</li>"
            "</ul>"
        ),
        "benefits_mentee": (
            "<ul>"
            "<li>Eğitimde öğrendiklerinizi işinizde uygular, sonuçlarını grupla birlikte değerlendirirsiniz.</li>"
            "<li>Bir grup arkadaşınızla eşli çalışarak birbirinizin gelişim planını takip edersiniz.</li>"
            "<li>Stres ve zor durumlarla baş etme konusunda destek görürsünüz.</li>"
            "<li>Görevinize ilişkin bir meslektaş ağı kurarsınız.</li>"
            "</ul>"
        ),
        "eligibility": (
            "<p><strong>Mentorlar:</strong> Üye kurumların sosyal hizmet birimlerinde çalışan "
            "sosyal çalışmacı, psikolog, çocuk gelişimci veya öğretmen gibi deneyimli meslek "
            "elemanları. Mentorlar program başlamadan önce \"Mentorluk Becerileri\" eğitimini "
            "tamamlar.</p>"
            "<p><strong>Mentiler:</strong> Çocuk evleri, çocuk ve gençlik merkezleri, yaşlı ve "
            "engelli bakım birimleri gibi hizmetlerde çalışan ve temel sınıf eğitimini tamamlamış "
            "bakım personeli.</p>"
            "<p>Her grup 2–3 mentor ve 4–6 mentiden oluşur. Gruplar mümkün olduğunca farklı "
            "kurumlardan katılımcılarla kurulur.</p>"
        ),
        "contact": _CONTACT_TR,
        "search_description": (
            "Bakım personeli için grup mentorluğu: 2–3 mentor ve 4–6 menti altı ay boyunca "
            "birlikte öğrenir. Amaçlar, süreç, kazanımlar ve katılım şartları."
        ),
        "steps": [
            {
                "title": "Başvuru ve ön eğitim",
                "text": (
                    "Mentor adayları \"Mentorluk Becerileri\" eğitimini, menti adayları temel sınıf "
                    "eğitimini tamamlayarak çağrıya başvurur."
                ),
            },
            {
                "title": "Grupların oluşturulması",
                "text": (
                    "Sekretarya; gelişim alanlarını, hizmet birimlerini ve ulaşım kolaylığını "
                    "gözeterek 2–3 mentor ve 4–6 mentiden oluşan gruplar kurar."
                ),
            },
            {
                "title": "Açılış ve gündem",
                "text": (
                    "Her grup ilk buluşmasında çalışacağı konulardan bir gündem oluşturur; her menti kendi "
                    "gelişim planını hazırlar."
                ),
            },
            {
                "title": "Düzenli grup buluşmaları",
                "text": (
                    "Altı ay boyunca ayda iki kez buluşulur. Vaka tartışmaları, rol oyunları, kısa "
                    "sunumlar ve deneyim paylaşımı bir arada kullanılır."
                ),
            },
            {
                "title": "Eşli mentorluk",
                "text": (
                    "Buluşmalar arasında mentiler ikişerli çalışır, birbirlerinin gelişim planını "
                    "takip eder ve geri bildirim verir."
                ),
            },
            {
                "title": "Değerlendirme ve kapanış",
                "text": (
                    "Gruplar sonuçları değerlendirir; gönüllü mentorlar arasından bir sonraki dönem "
                    "için mentor liderleri seçilir."
                ),
            },
        ],
        "body": [
            ("heading", "İlham aldığımız uygulama"),
            (
                "paragraph",
                "<p>Bu program, eski adıyla Aile ve Sosyal Politikalar Bakanlığının Nar Taneleri "
                "projesinin ikinci aşamasında bakım elemanları için uyguladığı grup mentorluğu "
                "modelinden esinlenmiştir. Altı ay süren o pilot uygulamada çocuk evlerinde çalışan "
                "bakım elemanları, meslek elemanlarından oluşan gönüllü mentor ekipleriyle "
                "buluşmuştu. Sonuçlar olumlu bulununca, mentorlar arasından seçilen bir lider ekibe "
                "iki aşamalı eğitmen eğitimi verilmiş ve program kurumun kendi personeliyle "
                "sürdürülmüştü. Biz bu modeli, belediyelerin ve kamu kurumlarının bakım personeline "
                "açık, kurumlar arası bir programa dönüştürdük.</p>",
            ),
            ("heading", "Grup mentorluğu neden işe yarar?"),
            (
                "paragraph",
                "<p>İnsanlar, iyi kurgulanmış bir ortamda başkalarının deneyimlerini dinleyip kendi "
                "durumlarıyla karşılaştırdıklarında daha kolay öğrenir. Grup mentorluğunda her "
                "katılımcı hem öğrenen hem de diğerleri için bir bilgi kaynağıdır. İlişki birebir "
                "mentorluğa göre daha az yoğundur; buna karşılık grup, seçilen başlıklar etrafında "
                "paylaşılan deneyimle zengin bir öğrenme ortamı sunar.</p>"
                "<p>Her grubun üzerinde çalışacağı konulardan oluşan yazılı bir gündemi vardır. Yine "
                "de buluşmalar, grubun o günkü ihtiyaçlarına göre esnek biçimde yürütülür.</p>",
            ),
            (
                "callout",
                {
                    "title": "Eşli mentorluk",
                    "text": (
                        "<p>Grup buluşmaları arasında mentiler ikişerli çalışır: birbirlerinin "
                        "gelişim planını izler, zor bir durumu birlikte ele alır ve geri bildirim "
                        "verir. Bu, katılımcılara liderlik becerilerini deneme fırsatı da sunar.</p>"
                    ),
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "Zor bir günün ardından aynı işi yapan birinin de benzer şeyler yaşadığını "
                        "duymak, çözümü birlikte aramayı kolaylaştırdı."
                    ),
                    "attribution": "Örnek menti görüşü (kurgusal)",
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Gruplar nerede buluşur?",
                        "answer": (
                            "<p>Buluşmalar yüz yüze yapılır ve katılımcı kurumların mekânlarında "
                            "dönüşümlü olarak düzenlenir.</p>"
                        ),
                    },
                    {
                        "question": "Mentor ekibi neden 2–3 kişiden oluşur?",
                        "answer": (
                            "<p>Birden fazla mentor, gruba farklı meslek bakış açıları getirir ve "
                            "bir mentor katılamadığında buluşmanın aksamamasını sağlar.</p>"
                        ),
                    },
                    {
                        "question": "Program bitince ne olur?",
                        "answer": (
                            "<p>İsteyen mentorlar eğitmen eğitimine katılarak kendi kurumlarında "
                            "yeni gruplar kurabilir. Mentiler ise eşli çalışmayı sürdürmeye teşvik "
                            "edilir.</p>"
                        ),
                    },
                ],
            ),
        ],
    },
    "en": {
        "title": "Group Mentoring for Care Staff",
        "summary": (
            "A team of 2–3 experienced professionals meets regularly with a group of 4–6 care "
            "workers over six months. The aim is to turn what was learned in training into daily "
            "practice and to learn from each other within the group."
        ),
        "objectives": (
            "<p>Care workers are a key occupational group providing direct care to children, young "
            "people and others who need support. The programme aims to support their professional "
            "development through an ongoing learning relationship.</p>"
            "<ul>"
            "<li>Deepen knowledge of the developmental stages and needs of children and young people,</li>"
            "<li>try out methods that respond to these needs in practice,</li>"
            "<li>draw up a development plan for each mentee based on their priority areas,</li>"
            "<li>exchange experience, feedback and support within the group,</li>"
            "<li>share information about further training, certificate programmes and resources,</li>"
            "<li>increase care workers' confidence and motivation.</li>"
            "</ul>"
        ),
        "benefits_institution": (
            "<ul>"
            "<li>You reach more staff with fewer resources than one-to-one mentoring; the model is "
            "quick and flexible.</li>"
            "<li>A lasting learning bridge is built between professional staff and care workers.</li>"
            "<li>After the pilot, trained mentor leaders let the institution run the programme with "
            "its own staff.</li>"
            "<li>Teamwork and quality of care improve.</li>"
            "</ul>"
        ),
        "benefits_mentor": (
            "<ul>"
            "<li>You pass on your professional experience to several colleagues at once.</li>"
            "<li>You practise facilitation, active listening, questioning and feedback.</li>"
            "<li>You hear about current problems in the field first-hand.</li>"
            "<li>If you wish, you can go on to become a mentor leader through train-the-trainer sessions.</li>"
            "</ul>"
        ),
        "benefits_mentee": (
            "<ul>"
            "<li>You apply what you learned in training and review the results with the group.</li>"
            "<li>You work in pairs with another group member and follow each other's development plans.</li>"
            "<li>You get support in coping with stress and difficult situations.</li>"
            "<li>You build a network of colleagues in your line of work.</li>"
            "</ul>"
        ),
        "eligibility": (
            "<p><strong>Mentors:</strong> experienced professionals such as social workers, "
            "psychologists, child development specialists or teachers working in the social "
            "service units of member institutions. Mentors complete the \"Mentoring Skills\" "
            "training before the programme starts.</p>"
            "<p><strong>Mentees:</strong> care workers in children's homes, children and youth "
            "centres, elderly and disability care units and similar services who have completed "
            "the basic classroom training.</p>"
            "<p>Each group has 2–3 mentors and 4–6 mentees. Groups mix participants from different "
            "institutions wherever possible.</p>"
        ),
        "contact": _CONTACT_EN,
        "search_description": (
            "Group mentoring for care staff: 2–3 mentors and 4–6 mentees learn together over six "
            "months. Objectives, process, benefits and eligibility."
        ),
        "steps": [
            {
                "title": "Application and preparatory training",
                "text": (
                    "Mentor candidates complete the \"Mentoring Skills\" training and mentee "
                    "candidates the basic classroom training, then apply to the call."
                ),
            },
            {
                "title": "Forming the groups",
                "text": (
                    "The Secretariat forms groups of 2–3 mentors and 4–6 mentees, taking into "
                    "account development areas, service units and ease of travel."
                ),
            },
            {
                "title": "Kick-off and agenda",
                "text": (
                    "At its first meeting each group agrees the topics it will work on, and every "
                    "mentee prepares a personal development plan."
                ),
            },
            {
                "title": "Regular group meetings",
                "text": (
                    "Groups meet twice a month for six months, combining case discussions, role "
                    "play, short presentations and sharing of experience."
                ),
            },
            {
                "title": "Peer mentoring",
                "text": (
                    "Between meetings, mentees work in pairs, follow each other's development plans "
                    "and give feedback."
                ),
            },
            {
                "title": "Evaluation and closing",
                "text": (
                    "Groups review the results, and mentor leaders for the next round are chosen "
                    "from among volunteer mentors."
                ),
            },
        ],
        "body": [
            ("heading", "The practice that inspired us"),
            (
                "paragraph",
                "<p>This programme is inspired by the group mentoring model that the former Ministry "
                "of Family and Social Policies ran for care workers in phase II of its Nar Taneleri "
                "project. In that six-month pilot, care workers from children's homes met with "
                "volunteer mentor teams of professional staff. As the results were positive, a "
                "leading team chosen from among the mentors received two-stage train-the-trainer "
                "sessions, and the ministry's own staff carried the programme on. We have turned the "
                "model into an inter-institutional programme open to care staff of municipalities "
                "and public bodies.</p>",
            ),
            ("heading", "Why does group mentoring work?"),
            (
                "paragraph",
                "<p>People learn more easily in a well-designed setting where they can listen to "
                "others' experiences and compare them with their own. In group mentoring every "
                "participant is both a learner and a source of knowledge for the others. The "
                "relationship is less intensive than one-to-one mentoring, but the experience shared "
                "around chosen topics makes for a rich learning environment.</p>"
                "<p>Each group has a written agenda of the topics it will cover. Even so, meetings "
                "are run flexibly, following what the group needs on the day.</p>",
            ),
            (
                "callout",
                {
                    "title": "Peer mentoring",
                    "text": (
                        "<p>Between group meetings, mentees work in pairs: they follow each other's "
                        "development plans, tackle difficult situations together and give feedback. "
                        "This also lets participants practise leadership skills.</p>"
                    ),
                },
            ),
            (
                "quote",
                {
                    "quote": (
                        "After a hard day, hearing that someone doing the same job had been through "
                        "similar things made it easier to look for solutions together."
                    ),
                    "attribution": "Sample mentee feedback (fictional)",
                },
            ),
            (
                "faq",
                [
                    {
                        "question": "Where do groups meet?",
                        "answer": (
                            "<p>Meetings are face to face and rotate between the premises of the "
                            "participating institutions.</p>"
                        ),
                    },
                    {
                        "question": "Why does the mentor team have 2–3 people?",
                        "answer": (
                            "<p>Several mentors bring different professional perspectives to the "
                            "group, and a meeting can still go ahead if one mentor cannot attend.</p>"
                        ),
                    },
                    {
                        "question": "What happens when the programme ends?",
                        "answer": (
                            "<p>Mentors who wish can join train-the-trainer sessions and start new "
                            "groups in their own institutions. Mentees are encouraged to keep "
                            "working in their pairs.</p>"
                        ),
                    },
                ],
            ),
        ],
    },
}

PROGRAMMES = [_EXPERT, _REVERSE, _GROUP]

# --------------------------------------------------------------------------
# Calls (dates are offsets in days from the day the demo is loaded)
# --------------------------------------------------------------------------

_CALL_DIGITAL = {
    "key": "expert_digital",
    "programme": "expert",
    "slug": {"tr": "dijital-donusum-cagrisi", "en": "digital-transformation-call"},
    "roles": "both",
    "opens_in_days": -10,
    "closes_in_days": 30,
    "results_in_days": 45,
    "places": 20,
    "themes": ["digital", "social_media"],
    "tr": {
        "title": "Dijital Dönüşüm Tematik Çağrısı: Mentor ve Menti Başvuruları",
        "intro": (
            "E-belediye hizmetleri, veri yönetimi, coğrafi bilgi sistemleri, sosyal medya ve yapay "
            "zekâ gibi konularda deneyimini paylaşmak isteyen uzmanları ve bu alanlarda destek "
            "arayan çalışanları bekliyoruz. Bu çağrıda mentor ve menti başvuruları birlikte alınır."
        ),
        "eligibility": (
            "<ul>"
            "<li>Birliğe üye bir belediyede, yerel yönetimde ya da yerel yönetim alanında çalışan "
            "bir kuruluşta görev yapıyor olmak,</li>"
            "<li>mentor adayları için ilgili konuda en az üç yıllık deneyim,</li>"
            "<li>menti adayları için kurumda yürütülen ya da planlanan somut bir dijital dönüşüm işi,</li>"
            "<li>birim amirinin başvurudan haberdar olması (eşleşmeden sonra kurumun yazılı onayı "
            "ayrıca alınır).</li>"
            "</ul>"
        ),
        "selection_criteria": (
            "<ul>"
            "<li>İhtiyacın ya da uzmanlığın açık ve somut biçimde anlatılması,</li>"
            "<li>mentor ile menti arasındaki konu uyumu,</li>"
            "<li>çalışmanın kurumda yaratması beklenen etki,</li>"
            "<li>farklı büyüklükteki ve bölgelerdeki kurumların dengeli temsili,</li>"
            "<li>zaman ve çalışma biçimi tercihlerinin uyumu.</li>"
            "</ul>"
        ),
        "required_documents": (
            "<ul>"
            "<li>Doldurulmuş başvuru formu,</li>"
            "<li>en fazla iki sayfalık kısa özgeçmiş,</li>"
            "<li>birim amirinin ön onayı (e-posta yeterlidir).</li>"
            "</ul>"
        ),
        "search_description": (
            "Dijital dönüşüm alanında mentor ve menti başvuruları açık: e-belediye, veri "
            "yönetimi, CBS, sosyal medya ve yapay zekâ. Şartlar, takvim ve belgeler."
        ),
        "timetable": [
            {"stage": "application", "label": "Başvurular", "when": "Çağrının açılışından itibaren 40 gün"},
            {"stage": "matching", "label": "Değerlendirme ve eşleştirme", "when": "Başvuruların kapanmasını izleyen iki hafta"},
            {"stage": "announcement", "label": "Sonuçların ilanı", "when": "Kapanıştan yaklaşık 15 gün sonra"},
            {"stage": "mentoring", "label": "Mentorluk dönemi", "when": "Sonuçların ilanından itibaren 12 hafta (uzatılabilir)"},
        ],
        "questions": [
            {
                "label": "Başvurunuz en çok hangi alanla ilgili?",
                "field_type": "dropdown",
                "required": True,
                "choices": "E-belediye hizmetleri,Veri yönetimi ve açık veri,Coğrafi bilgi sistemleri,Sosyal medya,Yapay zekâ ve bilgi güvenliği,Diğer",
                "help_text": "Birden fazla alan varsa en önemlisini seçin.",
            },
            {
                "label": "Üzerinde çalıştığınız ya da tamamladığınız dijital proje",
                "field_type": "multiline",
                "required": True,
                "choices": "",
                "help_text": (
                    "Menti iseniz planladığınız işi, mentor iseniz deneyiminizi paylaşacağınız bir "
                    "projeyi birkaç cümleyle anlatın."
                ),
            },
            {
                "label": "Birim amirim bu başvurudan haberdardır.",
                "field_type": "checkbox",
                "required": True,
                "choices": "",
                "help_text": "Eşleşmeden sonra kurumunuzdan ayrıca yazılı onay istenecektir.",
            },
        ],
    },
    "en": {
        "title": "Digital Transformation Thematic Call: Mentors and Mentees",
        "intro": (
            "We are looking for experts willing to share their experience in e-government "
            "services, data management, geographic information systems, social media and "
            "artificial intelligence, and for staff who need support in these fields. Mentor and "
            "mentee applications are accepted together in this call."
        ),
        "eligibility": (
            "<ul>"
            "<li>You work at a member municipality, another local government or an organisation "
            "working in local government,</li>"
            "<li>mentor candidates have at least three years' experience in the field,</li>"
            "<li>mentee candidates have a concrete digital transformation task under way or planned "
            "in their institution,</li>"
            "<li>your line manager knows about your application (your institution's written "
            "consent is requested separately after matching).</li>"
            "</ul>"
        ),
        "selection_criteria": (
            "<ul>"
            "<li>A clear and concrete description of the need or expertise,</li>"
            "<li>how well the mentor's and mentee's subjects fit,</li>"
            "<li>the expected impact on the institution,</li>"
            "<li>a balanced mix of institutions of different sizes and regions,</li>"
            "<li>compatible availability and format preferences.</li>"
            "</ul>"
        ),
        "required_documents": (
            "<ul>"
            "<li>The completed application form,</li>"
            "<li>a short CV of no more than two pages,</li>"
            "<li>your line manager's preliminary approval (an e-mail is enough).</li>"
            "</ul>"
        ),
        "search_description": (
            "Open call for mentors and mentees in digital transformation: e-government, data "
            "management, GIS, social media and AI. Eligibility, timetable and documents."
        ),
        "timetable": [
            {"stage": "application", "label": "Applications", "when": "40 days from the opening of the call"},
            {"stage": "matching", "label": "Review and matching", "when": "Two weeks after applications close"},
            {"stage": "announcement", "label": "Results announced", "when": "About 15 days after closing"},
            {"stage": "mentoring", "label": "Mentoring period", "when": "12 weeks from the announcement (can be extended)"},
        ],
        "questions": [
            {
                "label": "Which area is your application mainly about?",
                "field_type": "dropdown",
                "required": True,
                "choices": "E-government services,Data management and open data,Geographic information systems,Social media,AI and information security,Other",
                "help_text": "If several apply, choose the most important one.",
            },
            {
                "label": "The digital project you are working on or have completed",
                "field_type": "multiline",
                "required": True,
                "choices": "",
                "help_text": (
                    "Mentees: describe the work you are planning. Mentors: describe a project whose "
                    "experience you would share. A few sentences are enough."
                ),
            },
            {
                "label": "My line manager knows about this application.",
                "field_type": "checkbox",
                "required": True,
                "choices": "",
                "help_text": "Your institution's written consent will be requested separately after matching.",
            },
        ],
    },
}

_CALL_REVERSE = {
    "key": "reverse_young_mentor",
    "programme": "reverse",
    "slug": {"tr": "genc-mentor-basvurulari", "en": "young-mentor-applications"},
    "roles": "both",
    "opens_in_days": 20,
    "closes_in_days": 50,
    "results_in_days": 65,
    "places": 20,
    "themes": ["digital", "social_media", "leadership"],
    "tr": {
        "title": "Genç Mentor Programı: Genç Mentor ve Yönetici Başvuruları",
        "intro": (
            "Teknolojiye ve sosyal medyaya hâkim, 26 yaş ve altındaki çalışanları bakış açılarını "
            "üst düzey yöneticilerle paylaşmaya davet ediyoruz. Yeni araçları keşfetmek isteyen "
            "yöneticiler de menti olarak başvurabilir. Bu dönemde 10 çift oluşturulacak."
        ),
        "eligibility": (
            "<p><strong>Genç mentor adayları:</strong> Üye kurumlarda ya da bunların bağlı kuruluş ve "
            "şirketlerinde çalışan ve başvuru tarihinde 26 yaşında ya da daha genç olan personel.</p>"
            "<p><strong>Yönetici (menti) adayları:</strong> Daire başkanı, müdür, başkan danışmanı, "
            "genel müdür veya genel müdür yardımcısı olarak görev yapanlar.</p>"
            "<p>Katılım gönüllüdür. İki ay boyunca iki haftada bir, yaklaşık bir saat ayırabilmeniz "
            "gerekir.</p>"
        ),
        "selection_criteria": (
            "<ul>"
            "<li>Paylaşmak ya da öğrenmek istenen konuların açıkça belirtilmesi,</li>"
            "<li>motivasyon ve iki aylık takvime uyabilme,</li>"
            "<li>ilgi alanlarının birbiriyle eşleşebilmesi,</li>"
            "<li>kurum, birim ve cinsiyet çeşitliliği.</li>"
            "</ul>"
        ),
        "required_documents": (
            "<ul>"
            "<li>Doldurulmuş başvuru formu,</li>"
            "<li>genç mentor adayları için en fazla 300 kelimelik kısa bir motivasyon yazısı.</li>"
            "</ul>"
            "<p>Yönetici adaylarından ek belge istenmez.</p>"
        ),
        "search_description": (
            "Genç Mentor tersine mentorluk programına başvurular yakında açılıyor: 26 yaş ve "
            "altındaki çalışanlar ve üst düzey yöneticiler için şartlar ve takvim."
        ),
        "timetable": [
            {"stage": "application", "label": "Başvurular", "when": "Açılıştan itibaren 30 gün"},
            {"stage": "matching", "label": "Hazırlık eğitimi ve eşleştirme", "when": "Kapanışı izleyen iki hafta"},
            {"stage": "announcement", "label": "Eşleşmelerin duyurulması", "when": "Kapanıştan 15 gün sonra"},
            {"stage": "mentoring", "label": "Tanışma buluşması ve mentorluk", "when": "Duyurudan sonraki 8 hafta"},
        ],
        "questions": [
            {
                "label": "Doğum tarihi",
                "field_type": "date",
                "required": False,
                "choices": "",
                "help_text": "Yalnızca genç mentor adayları doldurur; 26 yaş şartını doğrulamak için kullanılır.",
            },
            {
                "label": "Hangi konularda konuşmak istersiniz?",
                "field_type": "checkboxes",
                "required": True,
                "choices": "Sosyal medya,Yapay zekâ araçları,Mobil uygulamalar,Veri görselleştirme,Dijital iş birliği araçları,Genç çalışanların beklentileri",
                "help_text": "Mentorlar anlatabileceği, yöneticiler öğrenmek istediği konuları işaretlesin.",
            },
            {
                "label": "Programdan beklentiniz",
                "field_type": "multiline",
                "required": False,
                "choices": "",
                "help_text": "Birkaç cümle yeterli.",
            },
        ],
    },
    "en": {
        "title": "Young Mentor Programme: Applications for Young Mentors and Managers",
        "intro": (
            "We invite staff aged 26 and under who are at home with technology and social media "
            "to share their perspective with senior managers. Managers who want to explore new "
            "tools can apply as mentees. Ten pairs will be formed in this round."
        ),
        "eligibility": (
            "<p><strong>Young mentor candidates:</strong> staff of member institutions, their "
            "affiliated bodies or companies who are 26 or younger on the date of application.</p>"
            "<p><strong>Manager (mentee) candidates:</strong> heads of department, directors, "
            "advisers to the mayor, general managers or deputy general managers.</p>"
            "<p>Taking part is voluntary. You need to set aside about an hour every two weeks for "
            "two months.</p>"
        ),
        "selection_criteria": (
            "<ul>"
            "<li>Clearly stated subjects to share or to learn,</li>"
            "<li>motivation and ability to keep to the two-month schedule,</li>"
            "<li>interests that can be matched with each other,</li>"
            "<li>diversity of institutions, units and gender.</li>"
            "</ul>"
        ),
        "required_documents": (
            "<ul>"
            "<li>The completed application form,</li>"
            "<li>for young mentor candidates, a short motivation letter of no more than 300 words.</li>"
            "</ul>"
            "<p>Manager candidates do not need to send any further documents.</p>"
        ),
        "search_description": (
            "Applications for the Young Mentor reverse-mentoring programme open soon: "
            "eligibility and timetable for staff aged 26 and under and senior managers."
        ),
        "timetable": [
            {"stage": "application", "label": "Applications", "when": "30 days from opening"},
            {"stage": "matching", "label": "Preparation session and matching", "when": "Two weeks after closing"},
            {"stage": "announcement", "label": "Pairs announced", "when": "15 days after closing"},
            {"stage": "mentoring", "label": "Kick-off meeting and mentoring", "when": "8 weeks after the announcement"},
        ],
        "questions": [
            {
                "label": "Date of birth",
                "field_type": "date",
                "required": False,
                "choices": "",
                "help_text": "Young mentor candidates only; used to check the age limit of 26.",
            },
            {
                "label": "Which subjects would you like to talk about?",
                "field_type": "checkboxes",
                "required": True,
                "choices": "Social media,AI tools,Mobile apps,Data visualisation,Digital collaboration tools,What young employees expect",
                "help_text": "Mentors tick what they can explain, managers what they want to learn.",
            },
            {
                "label": "What do you expect from the programme?",
                "field_type": "multiline",
                "required": False,
                "choices": "",
                "help_text": "A few sentences are enough.",
            },
        ],
    },
}

_CALL_GROUP = {
    "key": "group_care_staff",
    "programme": "group",
    "slug": {"tr": "bakim-personeli-grup-mentorlugu-cagrisi", "en": "care-staff-group-mentoring-call"},
    "roles": "both",
    "opens_in_days": -50,
    "closes_in_days": -20,
    "results_in_days": -5,
    "places": 24,
    "themes": ["social_services", "hr"],
    "tr": {
        "title": "Bakım Personeli Grup Mentorluğu: Mentor ve Menti Başvuruları",
        "intro": (
            "Çocuk evleri, çocuk ve gençlik merkezleri ile yaşlı ve engelli bakım birimlerinde "
            "çalışan bakım personeli için dört yeni mentorluk grubu kuruyoruz. Deneyimli meslek "
            "elemanları mentor, bakım personeli menti olarak başvurabilir."
        ),
        "eligibility": (
            "<p><strong>Mentor adayları:</strong> Sosyal hizmet alanında en az beş yıl deneyimi olan "
            "sosyal çalışmacı, psikolog, çocuk gelişimci veya öğretmen. \"Mentorluk Becerileri\" "
            "eğitimi program başlamadan önce Birlik tarafından verilir.</p>"
            "<p><strong>Menti adayları:</strong> Temel sınıf eğitimini tamamlamış ve altı ay boyunca "
            "ayda iki buluşmaya katılabilecek bakım personeli.</p>"
        ),
        "selection_criteria": (
            "<ul>"
            "<li>Menti adaylarında gelişim hedeflerinin açıklığı ve programa devam edebilme,</li>"
            "<li>mentor adaylarında alan deneyimi ve grup çalışması deneyimi,</li>"
            "<li>grupların farklı kurum ve hizmet birimlerinden dengeli oluşturulabilmesi,</li>"
            "<li>buluşma yerlerine ulaşım kolaylığı.</li>"
            "</ul>"
        ),
        "required_documents": (
            "<ul>"
            "<li>Doldurulmuş başvuru formu,</li>"
            "<li>menti adayları için temel eğitimi tamamladığını gösteren belge,</li>"
            "<li>mentor adayları için kısa özgeçmiş,</li>"
            "<li>kurumun onay yazısı.</li>"
            "</ul>"
        ),
        "search_description": (
            "Bakım personeli grup mentorluğu çağrısı sonuçlandı: dört grup, her grupta 2–3 mentor "
            "ve 4–6 menti. Şartlar, seçim ölçütleri ve takvim."
        ),
        "timetable": [
            {"stage": "application", "label": "Başvurular", "when": "30 gün (tamamlandı)"},
            {"stage": "matching", "label": "Grupların oluşturulması", "when": "Kapanışı izleyen iki hafta (tamamlandı)"},
            {"stage": "announcement", "label": "Sonuçların ilanı", "when": "Kapanıştan 15 gün sonra (ilan edildi)"},
            {"stage": "mentoring", "label": "Grup buluşmaları", "when": "İlandan itibaren altı ay, ayda iki buluşma"},
        ],
        "questions": [
            {
                "label": "Çalıştığınız hizmet birimi",
                "field_type": "dropdown",
                "required": True,
                "choices": "Çocuk evi,Çocuk ve gençlik merkezi,Yaşlı bakım birimi,Engelli bakım birimi,Diğer",
                "help_text": "",
            },
            {
                "label": (
                    "Temel eğitimi (menti) ya da \"Mentorluk Becerileri\" eğitimini (mentor) "
                    "tamamladım veya program başlamadan tamamlayacağım."
                ),
                "field_type": "checkbox",
                "required": True,
                "choices": "",
                "help_text": "",
            },
            {
                "label": "Öncelikli gelişim alanınız ya da paylaşmak istediğiniz deneyim",
                "field_type": "multiline",
                "required": True,
                "choices": "",
                "help_text": "Örneğin ergenlik döneminde iletişim, davranış sorunlarıyla baş etme, stres yönetimi.",
            },
        ],
    },
    "en": {
        "title": "Group Mentoring for Care Staff: Mentors and Mentees",
        "intro": (
            "We are setting up four new mentoring groups for care workers in children's homes, "
            "children and youth centres and elderly and disability care units. Experienced "
            "professionals can apply as mentors, care workers as mentees."
        ),
        "eligibility": (
            "<p><strong>Mentor candidates:</strong> social workers, psychologists, child "
            "development specialists or teachers with at least five years' experience in social "
            "services. The Union provides the \"Mentoring Skills\" training before the programme "
            "starts.</p>"
            "<p><strong>Mentee candidates:</strong> care workers who have completed the basic "
            "classroom training and can attend two meetings a month for six months.</p>"
        ),
        "selection_criteria": (
            "<ul>"
            "<li>For mentees, clear development goals and ability to attend throughout,</li>"
            "<li>for mentors, field experience and experience of group work,</li>"
            "<li>the possibility of forming balanced groups from different institutions and service units,</li>"
            "<li>ease of travel to the meeting places.</li>"
            "</ul>"
        ),
        "required_documents": (
            "<ul>"
            "<li>The completed application form,</li>"
            "<li>for mentees, proof of completing the basic training,</li>"
            "<li>for mentors, a short CV,</li>"
            "<li>a consent letter from the institution.</li>"
            "</ul>"
        ),
        "search_description": (
            "Care staff group mentoring call, results announced: four groups, each with 2–3 "
            "mentors and 4–6 mentees. Eligibility, criteria and timetable."
        ),
        "timetable": [
            {"stage": "application", "label": "Applications", "when": "30 days (completed)"},
            {"stage": "matching", "label": "Forming the groups", "when": "Two weeks after closing (completed)"},
            {"stage": "announcement", "label": "Results announced", "when": "15 days after closing (announced)"},
            {"stage": "mentoring", "label": "Group meetings", "when": "Six months from the announcement, two meetings a month"},
        ],
        "questions": [
            {
                "label": "The service unit you work in",
                "field_type": "dropdown",
                "required": True,
                "choices": "Children's home,Children and youth centre,Elderly care unit,Disability care unit,Other",
                "help_text": "",
            },
            {
                "label": (
                    "I have completed, or will complete before the programme starts, the basic "
                    "training (mentees) or the \"Mentoring Skills\" training (mentors)."
                ),
                "field_type": "checkbox",
                "required": True,
                "choices": "",
                "help_text": "",
            },
            {
                "label": "Your priority development area, or the experience you would like to share",
                "field_type": "multiline",
                "required": True,
                "choices": "",
                "help_text": "For example: communicating with teenagers, handling challenging behaviour, managing stress.",
            },
        ],
    },
}

_CALL_STANDING = {
    "key": "expert_standing",
    "programme": "expert",
    "slug": {"tr": "surekli-cagri-ihtiyac-ve-uzmanlik", "en": "standing-call-needs-and-expertise"},
    "roles": "institution_need",
    "opens_in_days": -60,
    "closes_in_days": None,
    "results_in_days": None,
    "places": None,
    "themes": ["digital", "urban_planning", "finance", "climate", "disaster", "participation", "social_services", "hr"],
    "tr": {
        "title": "Sürekli Çağrı: Kurumsal İhtiyaç ve Uzmanlık Bildirimi",
        "intro": (
            "Kurumunuzun destek almak istediği bir konu ya da diğer belediyelerle paylaşabileceği "
            "bir uzmanlık mı var? Bu çağrı yıl boyunca açıktır; Sekretarya bildirimleri geldikçe "
            "değerlendirir ve uygun bir karşı taraf bulduğunda sizinle iletişime geçer."
        ),
        "eligibility": (
            "<ul>"
            "<li>Birliğe üye belediyeler, diğer yerel yönetimler ve yerel yönetim alanında çalışan "
            "kuruluşlar başvurabilir.</li>"
            "<li>Bildirimi kurum ya da birim adına yetkili bir kişi yapmalıdır.</li>"
            "<li>Uzmanlık teklifinde, görevlendirilecek personelin rızası önceden alınmış olmalıdır.</li>"
            "</ul>"
        ),
        "selection_criteria": (
            "<ul>"
            "<li>İhtiyacın ya da teklifin somut ve ölçülebilir biçimde tanımlanması,</li>"
            "<li>Birliğin çalışma alanlarıyla ilgisi,</li>"
            "<li>uygun bir karşı tarafın bulunabilmesi,</li>"
            "<li>beklenen kurumsal etki.</li>"
            "</ul>"
        ),
        "required_documents": (
            "<ul>"
            "<li>Doldurulmuş bildirim formu,</li>"
            "<li>varsa konuyla ilgili kısa bir not veya proje özeti,</li>"
            "<li>eşleşmeden sonra kurumun muvafakat yazısı.</li>"
            "</ul>"
        ),
        "search_description": (
            "Yıl boyunca açık sürekli çağrı: kurumunuzun ihtiyacını bildirin ya da diğer "
            "belediyelere uzmanlık sunun. Sekretarya bildirimleri geldikçe değerlendirir."
        ),
        "timetable": [
            {"stage": "application", "label": "Bildirim", "when": "Yıl boyunca açık"},
            {"stage": "matching", "label": "Değerlendirme ve eşleştirme", "when": "Bildirimden sonra genellikle üç hafta içinde"},
            {"stage": "announcement", "label": "Taraflara bildirim", "when": "Eşleşme bulunduğunda e-posta ile"},
            {"stage": "mentoring", "label": "Mentorluk", "when": "Taraflarla birlikte belirlenen süre; uzatılabilir"},
        ],
        "questions": [
            {
                "label": "Bildirim türü",
                "field_type": "dropdown",
                "required": True,
                "choices": "İhtiyaç bildiriyoruz,Uzmanlık sunuyoruz",
                "help_text": "Kurumunuz destek almak mı, yoksa destek vermek mi istiyor?",
            },
            {
                "label": "Yetkili birim ve irtibat kişisi",
                "field_type": "singleline",
                "required": True,
                "choices": "",
                "help_text": "Onay yazışmalarının yapılacağı birim ve kişi.",
            },
            {
                "label": "Tercih edilen başlangıç tarihi",
                "field_type": "date",
                "required": False,
                "choices": "",
                "help_text": "Belirli bir tarih yoksa boş bırakın.",
            },
        ],
    },
    "en": {
        "title": "Standing Call: Institutional Needs and Offers of Expertise",
        "intro": (
            "Is there a subject your institution needs help with, or expertise it could share "
            "with other municipalities? This call is open all year; the Secretariat reviews "
            "entries as they arrive and contacts you when it finds a suitable counterpart."
        ),
        "eligibility": (
            "<ul>"
            "<li>Member municipalities, other local governments and organisations working in local "
            "government may apply.</li>"
            "<li>The entry must be submitted by a person authorised to act for the institution or "
            "unit.</li>"
            "<li>When offering expertise, the staff member to be assigned must have agreed "
            "beforehand.</li>"
            "</ul>"
        ),
        "selection_criteria": (
            "<ul>"
            "<li>A concrete, measurable description of the need or offer,</li>"
            "<li>relevance to the Union's fields of work,</li>"
            "<li>whether a suitable counterpart can be found,</li>"
            "<li>the expected impact on the institution.</li>"
            "</ul>"
        ),
        "required_documents": (
            "<ul>"
            "<li>The completed entry form,</li>"
            "<li>a short note or project summary, if available,</li>"
            "<li>the institution's consent letter after matching.</li>"
            "</ul>"
        ),
        "search_description": (
            "Standing call open all year: report your institution's need or offer expertise to "
            "other municipalities. The Secretariat reviews entries as they arrive."
        ),
        "timetable": [
            {"stage": "application", "label": "Submitting an entry", "when": "Open all year"},
            {"stage": "matching", "label": "Review and matching", "when": "Usually within three weeks of the entry"},
            {"stage": "announcement", "label": "Parties informed", "when": "By e-mail once a match is found"},
            {"stage": "mentoring", "label": "Mentoring", "when": "Duration agreed with the parties; can be extended"},
        ],
        "questions": [
            {
                "label": "Type of entry",
                "field_type": "dropdown",
                "required": True,
                "choices": "We have a need,We offer expertise",
                "help_text": "Does your institution want to receive support or to give it?",
            },
            {
                "label": "Responsible unit and contact person",
                "field_type": "singleline",
                "required": True,
                "choices": "",
                "help_text": "The unit and person who will handle the consent letters.",
            },
            {
                "label": "Preferred start date",
                "field_type": "date",
                "required": False,
                "choices": "",
                "help_text": "Leave blank if you have no particular date in mind.",
            },
        ],
    },
}

CALLS = [_CALL_DIGITAL, _CALL_REVERSE, _CALL_GROUP, _CALL_STANDING]

# --------------------------------------------------------------------------
# Applicants (fictional people; surnames such as Örnek, Deneme, Taslak, Kurgu
# and Demo mean "example", "trial", "draft", "fiction" and "demo")
# --------------------------------------------------------------------------

APPLICANTS = [
    # --- Open call: digital transformation (mentees and mentors) ---
    {
        "name": "Elif Örnek",
        "email": "elif.ornek@example.org",
        "phone": "+90 500 000 00 01",
        "institution": "limanici",
        "unit": "Bilgi İşlem Müdürlüğü",
        "position": "Bilgisayar Mühendisi",
        "role": "mentee",
        "themes": ["digital", "participation"],
        "description": (
            "Belediyemizde vatandaş başvuruları hâlâ kâğıt dilekçeyle alınıyor ve her birim kendi "
            "başvurularını ayrı takip ediyor. Başvuruları tek bir e-belediye sisteminde toplamak "
            "için süreç analizi ve iş akışı otomasyonu konusunda deneyimli bir mentora ihtiyacımız var."
        ),
        "format": "either",
        "languages": ["tr"],
        "availability": "Salı ve perşembe öğleden sonra",
        "language": "tr",
        "publication_consent": True,
        "call": "expert_digital",
    },
    {
        "name": "Murat Deneme",
        "email": "murat.deneme@example.org",
        "phone": "+90 500 000 00 02",
        "institution": "kuzeysehir_bb",
        "unit": "Bilgi İşlem Dairesi Başkanlığı",
        "position": "E-Belediye Şube Müdürü",
        "role": "mentor",
        "themes": ["digital", "participation"],
        "description": (
            "Vatandaş başvurularını tek noktada toplayan e-belediye sistemimizin kurulumunu yönettim. "
            "Kâğıt dilekçeden dijital başvuruya geçiş, süreç analizi ve iş akışı otomasyonu "
            "konularındaki deneyimimi paylaşabilirim."
        ),
        "format": "either",
        "languages": ["tr", "en"],
        "availability": "Haftada iki saat, tercihen çarşamba",
        "language": "tr",
        "publication_consent": True,
        "call": "expert_digital",
    },
    {
        "name": "Selin Taslak",
        "email": "selin.taslak@example.org",
        "phone": "+90 500 000 00 03",
        "institution": "yesilyamac",
        "unit": "İmar ve Şehircilik Müdürlüğü",
        "position": "Harita Mühendisi",
        "role": "mentee",
        "themes": ["digital", "urban_planning"],
        "description": (
            "İmar planı verilerimiz farklı dosyalara dağılmış durumda ve coğrafi bilgi sistemi (CBS) "
            "katmanlarımız güncel değil. İmar verilerini CBS üzerinde düzenleyip açık veri olarak "
            "yayımlamak için destek arıyoruz."
        ),
        "format": "online",
        "languages": ["tr"],
        "availability": "Pazartesi sabahları",
        "language": "tr",
        "publication_consent": False,
        "call": "expert_digital",
    },
    {
        "name": "Kerem Kurgu",
        "email": "kerem.kurgu@example.org",
        "phone": "+90 500 000 00 04",
        "institution": "guneysehir_bb",
        "unit": "Coğrafi Bilgi Sistemleri Şube Müdürlüğü",
        "position": "CBS Uzmanı",
        "role": "mentor",
        "themes": ["digital", "urban_planning"],
        "description": (
            "On yıldır kent bilgi sistemi ve CBS katmanlarının güncel tutulması üzerine çalışıyorum. "
            "İmar verilerinin düzenlenmesi ve açık veri portalında yayımlanması sürecini baştan sona "
            "yürüttüm."
        ),
        "format": "online",
        "languages": ["tr", "en"],
        "availability": "Perşembe öğleden sonra, çevrim içi",
        "language": "tr",
        "publication_consent": True,
        "call": "expert_digital",
    },
    {
        "name": "Deniz Demo",
        "email": "deniz.demo@example.org",
        "phone": "+90 500 000 00 05",
        "institution": "sahilkent",
        "unit": "Basın Yayın ve Halkla İlişkiler Müdürlüğü",
        "position": "Communications Officer",
        "role": "mentee",
        "themes": ["social_media", "digital"],
        "description": (
            "Our municipality's social media accounts run without a plan, and citizen messages "
            "often wait days for a reply. We are looking for a mentor who can help us set up a "
            "content calendar, answer citizen messages faster and measure engagement."
        ),
        "format": "either",
        "languages": ["tr", "en"],
        "availability": "Wednesday mornings",
        "language": "en",
        "publication_consent": True,
        "call": "expert_digital",
    },
    {
        "name": "Arda Kurgulu",
        "email": "arda.kurgulu@example.org",
        "phone": "+90 500 000 00 06",
        "institution": "cinarli",
        "unit": "Basın Yayın ve Halkla İlişkiler Müdürlüğü",
        "position": "Social Media Coordinator",
        "role": "mentor",
        "themes": ["social_media", "participation"],
        "description": (
            "I coordinate our municipality's social media accounts. We built a monthly content "
            "calendar, a routine to answer citizen messages within a day and simple reports to "
            "measure engagement. Happy to mentor in English or Turkish."
        ),
        "format": "online",
        "languages": ["tr", "en"],
        "availability": "Tuesday or Wednesday, online",
        "language": "en",
        "publication_consent": True,
        "call": "expert_digital",
    },
    {
        "name": "Burcu Örnekli",
        "email": "burcu.ornekli@example.org",
        "phone": "+90 500 000 00 07",
        "institution": "baglaronu",
        "unit": "Bilgi İşlem Müdürlüğü",
        "position": "Bilgi Güvenliği Sorumlusu",
        "role": "mentee",
        "themes": ["digital", "hr"],
        "description": (
            "Personelimiz yapay zekâ araçlarını kurallar belirlenmeden kullanmaya başladı. Yapay "
            "zekânın güvenli kullanımı ve kişisel verilerin korunması için kurum içi bir rehber ve "
            "kısa bir eğitim hazırlamak istiyoruz."
        ),
        "format": "either",
        "languages": ["tr"],
        "availability": "Cuma öğleden önce",
        "language": "tr",
        "publication_consent": False,
        "call": "expert_digital",
    },
    {
        "name": "Nur Demoğlu",
        "email": "nur.demoglu@example.org",
        "phone": "+90 500 000 00 08",
        "institution": "research_centre",
        "unit": "Dijital Yönetişim Birimi",
        "position": "Araştırmacı",
        "role": "mentor",
        "themes": ["digital", "hr"],
        "description": (
            "Kamu kurumlarında yapay zekâ araçlarının güvenli kullanımı ve kişisel verilerin "
            "korunması üzerine rehberler hazırladım. Belediye personeline yönelik kısa eğitim "
            "programları tasarlama konusundaki deneyimimi paylaşabilirim."
        ),
        "format": "online",
        "languages": ["tr", "en"],
        "availability": "Esnek; çevrim içi görüşmeleri tercih ederim",
        "language": "tr",
        "publication_consent": True,
        "call": "expert_digital",
    },
    # --- Closed call: group mentoring for care staff ---
    {
        "name": "Aylin Kurgusal",
        "email": "aylin.kurgusal@example.org",
        "phone": "+90 500 000 00 09",
        "institution": "family_directorate",
        "unit": "Çocuk Hizmetleri Şube Müdürlüğü",
        "position": "Sosyal Çalışmacı",
        "role": "mentor",
        "themes": ["social_services"],
        "description": (
            "On iki yıldır çocuk evlerinde sosyal çalışmacı olarak görev yapıyorum. Çocukların ve "
            "gençlerin gelişim dönemleri, ergenlik döneminde iletişim ve bakım personelinin stres "
            "yönetimi üzerine grup çalışmaları yürüttüm."
        ),
        "format": "face_to_face",
        "languages": ["tr"],
        "availability": "Ayda iki kez, hafta içi öğleden sonra",
        "language": "tr",
        "publication_consent": True,
        "call": "group_care_staff",
    },
    {
        "name": "Hakan Deneme",
        "email": "hakan.deneme@example.org",
        "phone": "+90 500 000 00 10",
        "institution": "kuzeysehir_bb",
        "unit": "Sosyal Hizmetler Dairesi Başkanlığı",
        "position": "Psikolog",
        "role": "mentor",
        "themes": ["social_services", "hr"],
        "description": (
            "Belediyemizin çocuk ve gençlik merkezlerinde psikolog olarak çalışıyorum. Davranış "
            "sorunlarıyla baş etme, ergenlik döneminde iletişim ve zor durumlarda stres yönetimi "
            "konularında bakım personeline destek verebilirim."
        ),
        "format": "face_to_face",
        "languages": ["tr"],
        "availability": "Salı ve perşembe öğleden sonra",
        "language": "tr",
        "publication_consent": False,
        "call": "group_care_staff",
    },
    {
        "name": "Gül Taslak",
        "email": "gul.taslak@example.org",
        "phone": "+90 500 000 00 11",
        "institution": "sahilkent",
        "unit": "Sosyal Destek Hizmetleri Müdürlüğü",
        "position": "Bakım Personeli",
        "role": "mentee",
        "themes": ["social_services"],
        "description": (
            "Belediyemizin çocuk ve gençlik merkezinde bakım personeli olarak çalışıyorum. Ergenlik "
            "dönemindeki gençlerle iletişim ve gelişim dönemlerine uygun etkinlik planlama konusunda "
            "kendimi geliştirmek istiyorum."
        ),
        "format": "face_to_face",
        "languages": ["tr"],
        "availability": "Hafta içi öğleden sonra",
        "language": "tr",
        "publication_consent": False,
        "call": "group_care_staff",
    },
    {
        "name": "Serkan Örnekoğlu",
        "email": "serkan.ornekoglu@example.org",
        "phone": "+90 500 000 00 12",
        "institution": "kayalidere",
        "unit": "Kadın ve Aile Hizmetleri Müdürlüğü",
        "position": "Bakım Personeli",
        "role": "mentee",
        "themes": ["social_services", "hr"],
        "description": (
            "Belediyemizin gündüz bakım evinde çocuklarla çalışıyorum. Davranış sorunlarıyla baş "
            "etme ve yoğun iş temposunda stres yönetimi konusunda deneyimli meslektaşlardan destek "
            "almak istiyorum."
        ),
        "format": "face_to_face",
        "languages": ["tr"],
        "availability": "Perşembe öğleden sonra",
        "language": "tr",
        "publication_consent": True,
        "call": "group_care_staff",
    },
    {
        "name": "Zeynep Kurgu",
        "email": "zeynep.kurgu@example.org",
        "phone": "+90 500 000 00 13",
        "institution": "yaylakent",
        "unit": "Sosyal Hizmetler Müdürlüğü",
        "position": "Bakım Personeli",
        "role": "mentee",
        "themes": ["social_services"],
        "description": (
            "Göreve yeni başladım; çocukların ve gençlerin gelişim dönemlerini ve farklı yaşlardaki "
            "ihtiyaçlarını daha iyi öğrenmek istiyorum. Kendim için bir gelişim planı hazırlayıp grupla "
            "birlikte uygulamayı hedefliyorum."
        ),
        "format": "either",
        "languages": ["tr"],
        "availability": "Çarşamba günleri",
        "language": "tr",
        "publication_consent": False,
        "call": "group_care_staff",
    },
    # --- Standing call: an institutional need and a matching offer ---
    {
        "name": "Okan Demo",
        "email": "okan.demo@example.org",
        "phone": "+90 500 000 00 14",
        "institution": "yesilyamac",
        "unit": "Afet İşleri ve Risk Yönetimi Müdürlüğü",
        "position": "Acil Durum Planlama Uzmanı",
        "role": "mentee",
        "themes": ["disaster", "climate"],
        "description": (
            "İlçemizde ilk kez kapsamlı bir deprem ve taşkın tatbikatı planlıyoruz. Tatbikat "
            "senaryosu yazma, mahalle gönüllüleriyle koordinasyon ve toplanma alanlarının yönetimi "
            "konusunda deneyimli bir kurumdan destek istiyoruz."
        ),
        "format": "face_to_face",
        "languages": ["tr"],
        "availability": "Önümüzdeki iki ay içinde esnek",
        "language": "tr",
        "publication_consent": True,
        "call": "expert_standing",
    },
    {
        "name": "Derya Taslakçı",
        "email": "derya.taslakci@example.org",
        "phone": "+90 500 000 00 15",
        "institution": "union",
        "unit": "Afet Hazırlık ve Dayanıklılık Birimi",
        "position": "Afet Yönetimi Uzmanı",
        "role": "mentor",
        "themes": ["disaster", "climate"],
        "description": (
            "Üye belediyelerle birlikte deprem ve taşkın tatbikatları planladım. Tatbikat senaryosu "
            "yazma, mahalle gönüllüleriyle koordinasyon ve toplanma alanlarının yönetimi konularında "
            "rehberlik edebilir, gerekirse yerinde ziyaretle destek verebilirim."
        ),
        "format": "face_to_face",
        "languages": ["tr"],
        "availability": "Hafta içi; önceden planlanırsa saha ziyareti mümkün",
        "language": "tr",
        "publication_consent": True,
        "call": "expert_standing",
    },
]
