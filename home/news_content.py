"""Bilingual demo news and events. Facts from ../shared/seeds, words our own.

Rich text values are HTML using only <p>, <ul>/<li>, <strong>, <em>, <a href>. StreamField bodies
are lists of (block_type, value) pairs using the block types of ``home.blocks.BodyBlock``:
"heading", "paragraph", "callout", "quote" and "faq".

Everything here happens inside the demo portal: "the Union" (Birlik) and its member
municipalities are not named, and no figures are claimed. Real institutions appear only where
the seed texts report what they did (İBB Akademi's Young Mentor pilot, the ministry's group
mentoring for care staff).
"""

NEWS = [
    {
        "key": "portal-opens",
        "slug": {"tr": "mentor-portali-yayinda", "en": "mentor-portal-is-live"},
        "days_ago": 90,
        "themes": [],
        "programme": None,
        "tr": {
            "title": "Mentor portalı yayında",
            "intro": (
                "Üye belediyelerin uzmanlık sunduğu, destek istediği ve deneyim paylaştığı mentor portalı "
                "kullanıma açıldı. Başvurudan değerlendirmeye kadar bütün adımlar artık tek yerde."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Birliğin mentor programı, yerel yönetimlerde alanında uzmanlaşmış personel ile belirli bir "
                    "konuda bilgi ve deneyime ihtiyaç duyan personeli buluşturuyor. Yeni portal bu eşleşmeyi "
                    "kolaylaştırmak, süreci şeffaf kılmak ve öğrenilenleri herkesle paylaşmak için kuruldu.</p>",
                ),
                ("heading", "Portalda neler var?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Mentor Sistemi:</strong> kurumlar ihtiyaçlarını ya da katkı sunabilecekleri konuları buradan iletir.</li>"
                    "<li><strong>Programlar:</strong> belediyeler arası uzman mentorluğu, tersine mentorluk ve bakım personeli için grup mentorluğu.</li>"
                    "<li><strong>Bilgi kütüphanesi:</strong> ulusal ve uluslararası iyi uygulamalar ile eğitim materyalleri.</li>"
                    "<li><strong>Etkinlikler:</strong> ağ kurma buluşmaları ve çevrim içi eğitimler.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Temel ilkeler",
                        "text": (
                            "<p>Program gönüllülük, iş birliği, şeffaflık ve eşitlik ilkelerine dayanır. "
                            "Paylaşılan bilgiler veri güvenliği ve gizlilik esas alınarak korunur.</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Kimler başvurabilir?",
                            "answer": (
                                "<p>Birliğe üye belediyeler ile yurt içi ve yurt dışındaki yerel yönetimler, "
                                "şehircilik ve yerel yönetimler alanında çalışan kuruluşlar; kurum, birim ya da "
                                "personel olarak mentor veya menti olabilir.</p>"
                            ),
                        },
                        {
                            "question": "Katılım ücretli mi?",
                            "answer": (
                                "<p>Hayır. Görevlendirilen uzmanın hakları kendi kurumunca ödenmeye devam eder; "
                                "yol ve konaklama giderlerinin tamamı ya da bir kısmı mevzuata uygun olarak "
                                "Birlik bütçesinden karşılanabilir.</p>"
                            ),
                        },
                    ],
                ),
            ],
            "search_description": (
                "Belediyeler arası mentor portalı açıldı: Mentor Sistemi, programlar, bilgi kütüphanesi ve etkinlikler tek yerde."
            ),
        },
        "en": {
            "title": "The mentor portal is live",
            "intro": (
                "The mentor portal, where member municipalities offer expertise, ask for support and share "
                "experience, is now open. Every step from application to evaluation is in one place."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>The Union's mentor programme connects specialist staff in local government with colleagues "
                    "who need knowledge and experience on a specific topic. The new portal makes matching easier, "
                    "keeps the process transparent and shares what is learned with everyone.</p>",
                ),
                ("heading", "What's on the portal?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Mentor System:</strong> institutions submit their needs, or the topics they can help with.</li>"
                    "<li><strong>Programmes:</strong> inter-municipal expert mentoring, reverse mentoring and group mentoring for care staff.</li>"
                    "<li><strong>Knowledge library:</strong> national and international good practices and training materials.</li>"
                    "<li><strong>Events:</strong> networking meetings and online training.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Core principles",
                        "text": (
                            "<p>The programme is built on voluntary participation, cooperation, transparency and "
                            "equality. Shared information is protected with data security and confidentiality in mind.</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Who can apply?",
                            "answer": (
                                "<p>Member municipalities, local governments in Turkey and abroad, and organisations "
                                "working on urban affairs and local government can take part as mentor or mentee, "
                                "whether as an institution, a unit or an individual.</p>"
                            ),
                        },
                        {
                            "question": "Is there a fee?",
                            "answer": (
                                "<p>No. The assigned expert's own institution keeps paying their salary and "
                                "entitlements; travel and accommodation can be covered in full or in part from "
                                "the Union's budget, in line with the law.</p>"
                            ),
                        },
                    ],
                ),
            ],
            "search_description": (
                "The inter-municipal mentor portal is open: Mentor System, programmes, knowledge library and events in one place."
            ),
        },
    },
    {
        "key": "networking-meeting-report",
        "slug": {"tr": "ag-kurma-bulusmasi-ihtiyaclar-uzmanlarla-bulustu", "en": "networking-meeting-needs-met-experts"},
        "days_ago": 60,
        "themes": ["urban_planning", "disaster", "finance"],
        "programme": "expert",
        "tr": {
            "title": "Ağ kurma toplantısında ihtiyaçlar uzmanlarla buluştu",
            "intro": (
                "Üye belediyelerin temsilcileri, Birliğin düzenlediği ağ kurma buluşmasında ihtiyaçlarını "
                "ve sunabilecekleri uzmanlıkları yüz yüze paylaştı. Buluşmadan birçok yeni eşleşme önerisi çıktı."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Yönetmelik, ağ kurma etkinliklerini mentor ve mentileri bir araya getirmenin ve "
                    "eşleştirmeyi desteklemenin yollarından biri olarak sayıyor. Buluşma da bu amaçla, "
                    "başvuru formlarının ötesine geçip insanların birbirini tanıması için tasarlandı.</p>",
                ),
                ("heading", "Nasıl çalıştık?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Katılımcılar, kentsel planlama, afet yönetimi ve belediye maliyesi olmak üzere üç tematik masada toplandı.</li>"
                    "<li>Her masada belediyeler önce ihtiyaçlarını, sonra sunabilecekleri deneyimi kısaca anlattı.</li>"
                    "<li>Sekretarya, ortaya çıkan eşleşme önerilerini aynı gün Mentor Sistemi'ne kaydetti.</li>"
                    "</ul>",
                ),
                ("heading", "Sırada ne var?"),
                (
                    "paragraph",
                    "<p>Önerilen eşleşmeler, ilgili kurumların yazılı muvafakati ve uzmanların rızası alındıktan "
                    "sonra başlayacak. Buluşmada paylaşılan iyi uygulamalar da bilgi kütüphanesine eklenecek.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Bir sonraki buluşma",
                        "text": (
                            "<p>Yeni ağ kurma buluşmasının tarihi ve kayıt bilgileri Etkinlikler sayfasında.</p>"
                        ),
                    },
                ),
            ],
            "search_description": (
                "Ağ kurma buluşması: üye belediyeler kentsel planlama, afet ve maliye masalarında ihtiyaç ve uzmanlıklarını paylaştı."
            ),
        },
        "en": {
            "title": "Networking meeting brings needs and experts together",
            "intro": (
                "At a networking meeting run by the Union, representatives of member municipalities shared "
                "their needs and the expertise they can offer face to face. Many new match proposals came out of it."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>The regulation lists networking events as one way to bring mentors and mentees together and "
                    "support matching. The meeting was designed with that in mind: to let people get to know each "
                    "other beyond the application forms.</p>",
                ),
                ("heading", "How it worked"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Participants gathered at three themed tables: urban planning, disaster management and municipal finance.</li>"
                    "<li>At each table, municipalities first outlined their needs, then the experience they could offer.</li>"
                    "<li>The secretariat recorded the resulting match proposals in the Mentor System the same day.</li>"
                    "</ul>",
                ),
                ("heading", "What happens next"),
                (
                    "paragraph",
                    "<p>The proposed matches will start once the institutions involved have given written consent "
                    "and the experts have agreed. Good practices shared at the meeting will be added to the "
                    "knowledge library.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Next meeting",
                        "text": "<p>The date and registration details for the next networking meeting are on the Events page.</p>",
                    },
                ),
            ],
            "search_description": (
                "Networking meeting: member municipalities shared needs and expertise at urban planning, disaster and finance tables."
            ),
        },
    },
    {
        "key": "reverse-mentoring-kicks-off",
        "slug": {"tr": "tersine-mentorluk-programi-basladi", "en": "reverse-mentoring-programme-launched"},
        "days_ago": 29,
        "themes": ["digital", "social_media", "hr"],
        "programme": "reverse",
        "tr": {
            "title": "Tersine mentorluk programı başladı",
            "intro": (
                "Üye belediyelerin genç çalışanları, üst düzey yöneticilere dijital araçlar ve sosyal medya "
                "konusunda mentorluk yapmaya başladı. Çiftler iki ay boyunca birlikte çalışacak."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Program, İBB Akademi'nin kamuda öncü örneklerden biri olan Genç Mentor uygulamasından "
                    "esinlendi. Mantık basit: teknolojiyi günlük hayatında yoğun kullanan genç çalışanlar mentor, "
                    "kurumsal deneyimi yüksek yöneticiler menti oluyor.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "Gençlerden öğrenecek çok şeyimiz var.",
                        "attribution": "İBB Akademi Genç Mentor programının sloganı",
                    },
                ),
                ("heading", "Program nasıl işliyor?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Mentorlar da mentiler de gönüllü olarak başvurdu.</li>"
                    "<li>Eşleşmeden önce iki taraf da kısa bir hazırlık eğitimi aldı.</li>"
                    "<li>Görüşmeler yapay zekâ, sosyal medya ve dijital hizmetler gibi tematik ya da serbest başlıklarla yürüyor.</li>"
                    "<li>Dönem sonunda katılımcıların geri bildirimi alınacak ve program buna göre geliştirilecek.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Kuruma ne kazandırır?",
                        "text": (
                            "<p>Tersine mentorluk kuşaklar arası önyargıları azaltır, dijital okuryazarlığı "
                            "artırır ve genç çalışanların ihtiyaçlarını doğrudan duyurur. Ayrıntılar için bilgi "
                            "kütüphanesindeki tersine mentorluk sunumuna bakın.</p>"
                        ),
                    },
                ),
            ],
            "search_description": (
                "Tersine mentorluk başladı: belediyelerin genç çalışanları iki ay boyunca üst düzey yöneticilere mentorluk yapacak."
            ),
        },
        "en": {
            "title": "Reverse mentoring programme launched",
            "intro": (
                "Young employees of member municipalities have started mentoring senior managers on digital "
                "tools and social media. The pairs will work together for two months."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>The programme is inspired by İBB Academy's Young Mentor scheme, one of the first examples "
                    "in Turkey's public sector. The idea is simple: young staff who use technology every day act "
                    "as mentors, and managers with deep institutional experience are the mentees.</p>",
                ),
                (
                    "quote",
                    {
                        "quote": "We have a lot to learn from young people.",
                        "attribution": "Motto of İBB Academy's Young Mentor programme",
                    },
                ),
                ("heading", "How it works"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Both mentors and mentees applied voluntarily.</li>"
                    "<li>Before matching, both sides took a short preparation course.</li>"
                    "<li>Meetings follow set themes or open topics such as artificial intelligence, social media and digital services.</li>"
                    "<li>Feedback will be collected at the end of the round and used to improve the programme.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "What does the institution gain?",
                        "text": (
                            "<p>Reverse mentoring reduces prejudice between generations, raises digital literacy "
                            "and lets young staff voice their needs directly. See the reverse mentoring "
                            "presentation in the knowledge library for more.</p>"
                        ),
                    },
                ),
            ],
            "search_description": (
                "Reverse mentoring has started: young municipal staff will mentor senior managers for two months."
            ),
        },
    },
    {
        "key": "digital-transformation-call",
        "slug": {"tr": "dijital-donusum-tematik-cagrisi-acildi", "en": "digital-transformation-thematic-call-open"},
        "days_ago": 10,
        "themes": ["digital"],
        "programme": "expert",
        "tr": {
            "title": "Dijital dönüşüm tematik çağrısı açıldı",
            "intro": (
                "E-belediye hizmetleri, veri yönetimi ve bilgi güvenliği konularında destek arayan belediyeler, "
                "deneyimli uzmanlarla eşleşmek için dört hafta içinde başvurabilir."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Yönetmeliğe göre Birlik, iş birlikleri ve projeler aracılığıyla mentorları belirleyip "
                    "mentilere yönelik tematik çağrılar açabiliyor. Bu dönemin çağrısı dijital dönüşüme ayrıldı.</p>",
                ),
                ("heading", "Hangi konularda destek verilecek?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Çevrim içi başvuru ve ödeme gibi e-belediye hizmetlerinin tasarımı</li>"
                    "<li>Açık veri ve kurum içi veri yönetimi</li>"
                    "<li>Bilgi ve ağ güvenliği</li>"
                    "<li>Yazılım ihtiyaçlarının belirlenmesi ve satın alma süreci</li>"
                    "</ul>",
                ),
                ("heading", "Nasıl başvurulur?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Mentor Sistemi'nde “Dijital dönüşüm” temasını seçerek ihtiyacınızı tanımlayın.</li>"
                    "<li>Başvurular, bu duyurunun yayımlanmasından itibaren dört hafta açık kalacak.</li>"
                    "<li>Sekretarya uygun başvuruları seçip mentorlarla eşleştirecek.</li>"
                    "<li>Görüşmeler, kurumların yazılı muvafakati ve uzmanın rızası alındıktan sonra başlayacak.</li>"
                    "</ul>",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Bir belediye birden fazla konu için başvurabilir mi?",
                            "answer": (
                                "<p>Evet, ancak her konu için ayrı bir başvuru açın. Böylece her ihtiyaç en uygun "
                                "uzmanla eşleşebilir.</p>"
                            ),
                        },
                        {
                            "question": "Görüşmeler nerede yapılacak?",
                            "answer": (
                                "<p>Yüz yüze ya da çevrim içi. Gerekirse uzmanın belediyenize yerinde inceleme "
                                "ziyareti de planlanabilir.</p>"
                            ),
                        },
                    ],
                ),
            ],
            "search_description": (
                "Dijital dönüşüm tematik çağrısı: e-belediye, veri yönetimi ve bilgi güvenliği için uzman mentor desteği."
            ),
        },
        "en": {
            "title": "Thematic call on digital transformation is open",
            "intro": (
                "Municipalities looking for support on e-government services, data management and information "
                "security can apply within four weeks to be matched with experienced experts."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Under the regulation, the Union can open thematic calls for mentees, matched with mentors it "
                    "identifies through its partnerships and projects. This round's call is on digital transformation.</p>",
                ),
                ("heading", "What topics are covered?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Designing e-government services such as online applications and payments</li>"
                    "<li>Open data and internal data management</li>"
                    "<li>Information and network security</li>"
                    "<li>Defining software needs and procurement</li>"
                    "</ul>",
                ),
                ("heading", "How to apply"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Describe your need in the Mentor System, choosing the “Digital transformation” theme.</li>"
                    "<li>Applications are open for four weeks from the date of this announcement.</li>"
                    "<li>The secretariat will select suitable applications and match them with mentors.</li>"
                    "<li>Meetings start once the institutions have given written consent and the expert has agreed.</li>"
                    "</ul>",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Can one municipality apply for more than one topic?",
                            "answer": (
                                "<p>Yes, but open a separate application for each topic so that every need can be "
                                "matched with the best expert.</p>"
                            ),
                        },
                        {
                            "question": "Where will meetings take place?",
                            "answer": (
                                "<p>Face to face or online. If needed, the expert can also visit your municipality on site.</p>"
                            ),
                        },
                    ],
                ),
            ],
            "search_description": (
                "Digital transformation thematic call: expert mentoring on e-government, data management and information security."
            ),
        },
    },
    {
        "key": "group-mentoring-first-cycle",
        "slug": {"tr": "bakim-personeli-grup-mentorlugu-ilk-donem-tamamlandi", "en": "care-staff-group-mentoring-first-round-complete"},
        "days_ago": 4,
        "themes": ["social_services", "hr"],
        "programme": "group",
        "tr": {
            "title": "Bakım personeli için grup mentorluğunda ilk dönem tamamlandı",
            "intro": (
                "Sosyal hizmet birimlerinde çalışan bakım personeli için açılan grup mentorluk programı, altı "
                "aylık ilk dönemini kapanış toplantısıyla tamamladı."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Program, Aile ve Sosyal Politikalar Bakanlığı'nın bakım elemanlarıyla uyguladığı grup "
                    "mentorluk modelini örnek alıyor. Her grupta 2–3 deneyimli meslek elemanı mentor, 4–6 bakım "
                    "personeline öğrenme ortaklığı yaptı.</p>",
                ),
                ("heading", "Dönem boyunca neler yapıldı?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Gruplar, üyelerin öncelikli gelişim alanlarından oluşan bir gündemle düzenli toplandı.</li>"
                    "<li>Vaka tartışmaları ve rol oyunlarıyla günlük işte karşılaşılan durumlar çalışıldı.</li>"
                    "<li>Mentiler ikişerli eşler hâlinde birbirlerinin gelişim planlarını izledi.</li>"
                    "<li>Her katılımcı dönem sonunda kendi gelişim planını güncelledi.</li>"
                    "</ul>",
                ),
                ("heading", "Sırada ne var?"),
                (
                    "paragraph",
                    "<p>Katılımcıların geri bildirimleri derleniyor. Programın kurum içinde sürmesi için bu dönemin "
                    "mentorları arasından bir lider ekip seçilecek ve eğitmen eğitiminden geçirilecek.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Yeni dönem",
                        "text": (
                            "<p>İkinci döneme katılmak isteyen birimler, başvuru takvimi için programın sayfasını "
                            "izleyebilir.</p>"
                        ),
                    },
                ),
            ],
            "search_description": (
                "Bakım personeli grup mentorluğunda ilk altı aylık dönem bitti: gündemli grup çalışmaları, eş düzey mentorluk ve sonraki adımlar."
            ),
        },
        "en": {
            "title": "Group mentoring for care staff completes its first round",
            "intro": (
                "The group mentoring programme for care staff in social service units has completed its first "
                "six-month round with a closing meeting."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>The programme follows the group mentoring model used with care staff by Turkey's Ministry of "
                    "Family and Social Policies. In each group, 2–3 experienced professionals acted as learning "
                    "partners for 4–6 care workers.</p>",
                ),
                ("heading", "What happened during the round?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Groups met regularly around an agenda built from their members' priority development areas.</li>"
                    "<li>Case discussions and role play were used to work through everyday situations.</li>"
                    "<li>Mentees paired up to follow each other's development plans.</li>"
                    "<li>At the end, every participant updated their own development plan.</li>"
                    "</ul>",
                ),
                ("heading", "What happens next"),
                (
                    "paragraph",
                    "<p>Participants' feedback is being compiled. To keep the programme running in-house, a lead team "
                    "will be chosen from this round's mentors and trained as trainers.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Next round",
                        "text": "<p>Units that want to join the second round can follow the programme page for the application schedule.</p>",
                    },
                ),
            ],
            "search_description": (
                "First six-month round of group mentoring for care staff is complete: agenda-based group work, peer mentoring and next steps."
            ),
        },
    },
]


EVENTS = [
    {
        "key": "member-networking-meeting",
        "slug": {"tr": "uye-belediyeler-ag-kurma-bulusmasi", "en": "member-municipalities-networking-meeting"},
        "starts_in_days": 24,
        "start_time": "10:00",
        "duration_hours": 5.0,
        "online_url": "",
        "themes": ["digital", "climate", "disaster"],
        "programme": "expert",
        "tr": {
            "title": "Üye belediyeler ağ kurma buluşması",
            "summary": (
                "Uzmanlık sunan ve destek arayan belediyeleri tematik masalarda bir araya getiren, "
                "eşleşmeleri yüz yüze başlatmayı amaçlayan buluşma."
            ),
            "location": "Birlik toplantı salonu, İstanbul",
            "registration": (
                "<p>Kayıt için portaldaki etkinlik formunu doldurun. Her belediye en fazla iki temsilciyle "
                "katılabilir.</p>"
                "<p><strong>Son kayıt:</strong> etkinlikten 7 gün önce. Formda, masaya getireceğiniz ihtiyaçları "
                "ve sunabileceğiniz uzmanlıkları kısaca belirtin.</p>"
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Yönetmelik, ağ kurma etkinliklerini kurumları bir araya getirmenin ve eşleştirmeyi "
                    "desteklemenin yollarından biri olarak sayar. Bu buluşmanın amacı, Mentor Sistemi'ndeki "
                    "başvuruların arkasındaki insanları tanıştırmak.</p>",
                ),
                ("heading", "Program"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>10:00</strong> Açılış ve mentor programının işleyişi</li>"
                    "<li><strong>10:30</strong> İyi uygulama sunumları (ulusal ve uluslararası)</li>"
                    "<li><strong>11:30</strong> Tematik masalar: dijital dönüşüm, iklim ve çevre, afete hazırlık</li>"
                    "<li><strong>13:00</strong> Öğle arası ve serbest görüşmeler</li>"
                    "<li><strong>14:00</strong> Eşleşme önerilerinin Sekretaryayla gözden geçirilmesi ve kapanış</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Hazırlık",
                        "text": (
                            "<p>Gelmeden önce kurumunuzun en fazla üç öncelikli ihtiyacını ve sunabileceği bir-iki "
                            "uzmanlık alanını belirleyin. Uzman personelinizi eşleşme için önermeden önce onunla konuşun.</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Buluşmada eşleşme kesinleşir mi?",
                            "answer": (
                                "<p>Hayır. Buluşmada öneriler oluşur; eşleşme, kurumların yazılı muvafakati ve "
                                "uzmanın rızası alındıktan sonra kesinleşir.</p>"
                            ),
                        },
                        {
                            "question": "Yol giderleri karşılanıyor mu?",
                            "answer": (
                                "<p>Katılım ücretsizdir. Yol giderleri için kurumunuzun olanaklarına bakın; "
                                "ayrıntılar kayıt onayında bildirilir.</p>"
                            ),
                        },
                    ],
                ),
            ],
            "search_description": (
                "Üye belediyeler ağ kurma buluşması: tematik masalarda ihtiyaçlar ve uzmanlıklar, eşleşme önerileri."
            ),
        },
        "en": {
            "title": "Member municipalities networking meeting",
            "summary": (
                "A meeting that brings municipalities offering expertise and those seeking support together at "
                "themed tables, so that matches can start face to face."
            ),
            "location": "Union meeting hall, Istanbul",
            "registration": (
                "<p>Register with the event form on the portal. Each municipality may send up to two "
                "representatives.</p>"
                "<p><strong>Registration closes</strong> 7 days before the event. In the form, briefly list the "
                "needs you will bring and the expertise you can offer.</p>"
            ),
            "body": [
                (
                    "paragraph",
                    "<p>The regulation names networking events as one way to bring institutions together and support "
                    "matching. This meeting introduces the people behind the applications in the Mentor System.</p>",
                ),
                ("heading", "Programme"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>10:00</strong> Welcome and how the mentor programme works</li>"
                    "<li><strong>10:30</strong> Good practice presentations (national and international)</li>"
                    "<li><strong>11:30</strong> Themed tables: digital transformation, climate and environment, disaster preparedness</li>"
                    "<li><strong>13:00</strong> Lunch and informal conversations</li>"
                    "<li><strong>14:00</strong> Reviewing match proposals with the secretariat, and close</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Preparation",
                        "text": (
                            "<p>Before you come, pick your institution's top three needs and one or two areas of "
                            "expertise it can offer. Talk to your specialist staff before proposing them for a match.</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Are matches confirmed at the meeting?",
                            "answer": (
                                "<p>No. The meeting produces proposals; a match is confirmed once the institutions "
                                "give written consent and the expert agrees.</p>"
                            ),
                        },
                        {
                            "question": "Are travel costs covered?",
                            "answer": (
                                "<p>Attendance is free. Check your own institution's arrangements for travel; "
                                "details come with your registration confirmation.</p>"
                            ),
                        },
                    ],
                ),
            ],
            "search_description": (
                "Networking meeting for member municipalities: needs and expertise at themed tables, match proposals."
            ),
        },
    },
    {
        "key": "online-mentor-orientation",
        "slug": {"tr": "cevrim-ici-mentor-oryantasyon-egitimi", "en": "online-mentor-orientation-training"},
        "starts_in_days": 9,
        "start_time": "14:00",
        "duration_hours": 2.0,
        "online_url": "https://meet.example.org/mentor-oryantasyon",
        "themes": ["hr"],
        "programme": None,
        "tr": {
            "title": "Çevrim içi mentor oryantasyon eğitimi",
            "summary": (
                "Yeni mentorlar için iki saatlik çevrim içi eğitim: programın işleyişi, mentorun yükümlülükleri, "
                "ilk görüşme ve gizlilik."
            ),
            "location": "Çevrim içi",
            "registration": (
                "<p>Eğitim, bu dönem eşleşen bütün mentorlara açıktır. Kayıt için portaldaki etkinlik formunu "
                "doldurun; bağlantı kayıt onayıyla birlikte e-postanıza gelir.</p>"
                "<p><strong>Son kayıt:</strong> eğitimden 2 gün önce.</p>"
            ),
            "body": [
                ("heading", "Eğitimde neler var?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Başvurudan değerlendirmeye program süreci ve Sekretaryanın rolü</li>"
                    "<li>Mentorun yükümlülükleri: bilgi paylaşmak, takvime uymak, mentinin ihtiyacına göre rehberlik etmek</li>"
                    "<li>İlk görüşmenin yapısı ve hedef belirleme</li>"
                    "<li>Yazılı muvafakat, rıza, gizlilik ve veri güvenliği</li>"
                    "<li>Görüşme notu ve geri bildirim formlarının kullanımı</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Eğitimden önce",
                        "text": (
                            "<p>Bilgi kütüphanesindeki “Mentor rehberi: ilk görüşme” materyalini okuyun ve "
                            "sorularınızı not edin.</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Eğitim kaydedilecek mi?",
                            "answer": (
                                "<p>Hayır. Katılımcıların rahatça soru sorabilmesi için oturum kaydedilmez; "
                                "sunum dosyası eğitimden sonra paylaşılır.</p>"
                            ),
                        },
                        {
                            "question": "Katılamazsam ne olur?",
                            "answer": "<p>Sekretarya bir sonraki oturumun tarihini size bildirir.</p>",
                        },
                    ],
                ),
            ],
            "search_description": (
                "Yeni mentorlar için çevrim içi oryantasyon: program süreci, mentor yükümlülükleri, ilk görüşme ve gizlilik."
            ),
        },
        "en": {
            "title": "Online mentor orientation training",
            "summary": (
                "A two-hour online session for new mentors: how the programme works, a mentor's duties, the "
                "first meeting and confidentiality."
            ),
            "location": "Online",
            "registration": (
                "<p>Open to all mentors matched this round. Register with the event form on the portal; the link "
                "arrives by e-mail with your confirmation.</p>"
                "<p><strong>Registration closes</strong> 2 days before the session.</p>"
            ),
            "body": [
                ("heading", "What the session covers"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>The programme from application to evaluation, and the secretariat's role</li>"
                    "<li>A mentor's duties: sharing knowledge, keeping to the schedule, guiding according to the mentee's needs</li>"
                    "<li>Structuring the first meeting and setting goals</li>"
                    "<li>Written consent, confidentiality and data security</li>"
                    "<li>Using the meeting-notes and feedback forms</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Before the session",
                        "text": (
                            "<p>Read “Mentor's guide: the first meeting” in the knowledge library and note down "
                            "your questions.</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Will the session be recorded?",
                            "answer": (
                                "<p>No. It is not recorded so that participants can ask questions freely; the "
                                "slides are shared afterwards.</p>"
                            ),
                        },
                        {
                            "question": "What if I can't attend?",
                            "answer": "<p>The secretariat will let you know the date of the next session.</p>",
                        },
                    ],
                ),
            ],
            "search_description": (
                "Online orientation for new mentors: programme process, mentor duties, the first meeting and confidentiality."
            ),
        },
    },
    {
        "key": "reverse-mentoring-kickoff",
        "slug": {"tr": "tersine-mentorluk-acilis-toplantisi", "en": "reverse-mentoring-kick-off-meeting"},
        "starts_in_days": -30,
        "start_time": "10:30",
        "duration_hours": 3.0,
        "online_url": "",
        "themes": ["digital", "social_media", "hr"],
        "programme": "reverse",
        "tr": {
            "title": "Tersine mentorluk açılış toplantısı",
            "summary": (
                "Tersine mentorluk programının genç mentorları ile yönetici mentileri ilk kez bir araya geldi "
                "ve eşleşmeler açıklandı."
            ),
            "location": "Birlik toplantı salonu, İstanbul",
            "registration": "<p>Bu etkinlik tamamlandı; kayıtlar kapandı.</p>",
            "body": [
                (
                    "paragraph",
                    "<p>Açılış toplantısı, gönüllü olarak başvuran genç çalışanları ve üst düzey yöneticileri "
                    "aynı salonda buluşturdu. Toplantının amacı tarafların tanışması, programın kurallarını "
                    "birlikte kabul etmesi ve ilk görüşme tarihlerini belirlemesiydi.</p>",
                ),
                ("heading", "Neler yapıldı?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Tersine mentorluğun kökeni ve İBB Akademi Genç Mentor deneyimi kısaca tanıtıldı.</li>"
                    "<li>Mentorlar ve mentiler beklentilerini yazıp karşılaştırdı.</li>"
                    "<li>Eşleşmeler açıklandı; her çift iki aylık görüşme takvimini belirledi.</li>"
                    "<li>Gizlilik, karşılıklı saygı ve gönüllülük ilkeleri birlikte gözden geçirildi.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Katılımcılar için",
                        "text": (
                            "<p>Sunum ve görüşme notu şablonu bilgi kütüphanesinde. Dönemin ortasında ara geri "
                            "bildirim formu gönderilecek.</p>"
                        ),
                    },
                ),
            ],
            "search_description": (
                "Tersine mentorluk açılış toplantısı: genç mentorlar ve yönetici mentiler tanıştı, eşleşmeler ve takvim belirlendi."
            ),
        },
        "en": {
            "title": "Reverse mentoring kick-off meeting",
            "summary": (
                "The young mentors and manager mentees of the reverse mentoring programme met for the first time "
                "and the pairs were announced."
            ),
            "location": "Union meeting hall, Istanbul",
            "registration": "<p>This event has taken place; registration is closed.</p>",
            "body": [
                (
                    "paragraph",
                    "<p>The kick-off brought together the young employees and senior managers who had volunteered. "
                    "Its aim was for both sides to meet, agree the programme's ground rules and set the dates of "
                    "their first meetings.</p>",
                ),
                ("heading", "What happened"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>A short introduction to where reverse mentoring comes from and to İBB Academy's Young Mentor experience.</li>"
                    "<li>Mentors and mentees wrote down their expectations and compared them.</li>"
                    "<li>The pairs were announced and each set a two-month meeting schedule.</li>"
                    "<li>Everyone reviewed the principles of confidentiality, mutual respect and voluntary participation.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "For participants",
                        "text": (
                            "<p>The slides and the meeting-notes template are in the knowledge library. A mid-term "
                            "feedback form will be sent halfway through the round.</p>"
                        ),
                    },
                ),
            ],
            "search_description": (
                "Reverse mentoring kick-off: young mentors and manager mentees met, and pairs and schedules were set."
            ),
        },
    },
]
