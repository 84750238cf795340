"""Bilingual demo content for the knowledge library. Facts from ../shared/seeds, words our own."""
# Rich text values are HTML using only <p>, <ul>/<li>, <strong>, <em>, <a href>. StreamField bodies are lists of (block_type, value):
#   ("heading", "text"), ("paragraph", "<p>..</p>"), ("callout", {"title": "...", "text": "<p>..</p>"}),
#   ("quote", {"quote": "...", "attribution": "..."}), ("faq", [{"question": "...", "answer": "<p>..</p>"}])
#
# Sources, so an editor can check a claim before publishing:
#   * the union's mentor programme regulation (Articles 1-11; Articles 5-7 on calls, matching,
#     written consents, follow-up, networking and dissemination; Article 8 on costs);
#   * İBB Akademi's "Genç Mentor" reverse-mentoring pilot (press text);
#   * an essay on reverse mentoring (GE / Jack Welch origin, benefits for institution, mentee, mentor);
#   * the ministry's "Nar Taneleri II" group mentoring for care staff;
#   * a Lithuanian text on running mentoring programmes (used in the training materials).
# International practices not in the seeds (TAIEX-REGIO PEER 2 PEER, SKEW climate partnerships,
# URBACT Transfer Networks) are described generically from their public pages, with no figures.

GOOD_PRACTICES = [
    {
        "key": "ibb-genc-mentor",
        "slug": {
            "tr": "ibb-akademi-genc-mentor-tersine-mentorluk",
            "en": "ibb-academy-young-mentor-reverse-mentoring",
        },
        "institution": "İBB Akademi (İSPER) – İstanbul Büyükşehir Belediyesi",
        "city": "İstanbul",
        "country": "TR",
        "scope": "national",
        # The press text is undated; the year is the editors' best estimate. Check before publishing.
        "year": 2024,
        "themes": ["digital", "social_media", "hr"],
        "programme": "reverse",
        "source_url": "https://fuardergisi.com.tr/kamuda-bir-ilk-gencler-yoneticilerine-mentorluk-yapacak/amp",
        "tr": {
            "title": "İBB Akademi Genç Mentor: gençler yöneticilere mentorluk yapıyor",
            "summary": (
                "İstanbul Büyükşehir Belediyesi, tersine mentorluğu bir kamu kurumunda ilk kez deneyerek "
                "26 yaş ve altındaki çalışanlarını üst düzey yöneticilerle eşleştirdi. Amaç, kuşaklar arası "
                "iletişimi güçlendirmek ve yenilikçi projelere zemin hazırlamak."
            ),
            "what_was_done": (
                "<p>İSPER bünyesindeki İBB Akademi, “Genç Mentor” adlı pilot programı tasarlayıp yürüttü. "
                "Roller bilerek tersine çevrildi: mentorlar İBB, bağlı kuruluşları ve iştiraklerinde çalışan "
                "26 yaş ve altı gençlerden, mentiler ise daire başkanı, başkan danışmanı, genel müdür ve genel "
                "müdür yardımcısı düzeyindeki yöneticilerden oluştu.</p>"
                "<ul>"
                "<li>Katılım tamamen gönüllülüğe dayandı; hem mentorlar hem mentiler kendi isteğiyle katıldı.</li>"
                "<li>Program, gençlerle yöneticileri Artİstanbul Feshane'de buluşturan bir açılış toplantısıyla başladı.</li>"
                "<li>Eşleşen çiftler iki ay sürecek birebir çalışmaya geçti.</li>"
                "<li>Görüşmelerde güncel teknolojiler, sosyal medya ve yapay zekâ gibi konular ele alındı.</li>"
                "</ul>"
            ),
            "results": (
                "<p>Program, “Gençlerden öğrenecek çok şeyimiz var” sloganıyla kuşaklar arası iletişimi açmayı "
                "hedefleyen bir pilot olarak başladı. İlk dönemin geri bildirimleri değerlendirildikten sonra "
                "uygulamanın İBB geneline yayılması planlanıyor.</p>"
                "<p>Açılışta konuşan İSPER Genel Müdürü Banu Saraçlar, programın hem tasarımında yer aldığını "
                "hem de bir menti olarak katıldığını söyledi; bu, yöneticilerin sürece öğrenen olarak "
                "girdiğinin açık bir işaretiydi.</p>"
            ),
            "search_description": (
                "İBB Akademi'nin Genç Mentor pilotu: genç çalışanlar üst düzey yöneticilere teknoloji, "
                "sosyal medya ve yapay zekâ konularında mentorluk yapıyor."
            ),
        },
        "en": {
            "title": "İBB Academy Young Mentor: young staff mentor senior managers",
            "summary": (
                "Istanbul Metropolitan Municipality tried reverse mentoring in a Turkish public institution for "
                "the first time, pairing employees aged 26 and under with senior managers. The aim is better "
                "communication between generations and room for new ideas."
            ),
            "what_was_done": (
                "<p>İBB Akademi, part of İSPER, designed and ran a pilot called “Genç Mentor” (Young Mentor). "
                "The usual roles were reversed on purpose: the mentors were staff aged 26 and under from İBB and "
                "its affiliated companies, and the mentees were department heads, advisers to the mayor, general "
                "managers and deputy general managers.</p>"
                "<ul>"
                "<li>Taking part was entirely voluntary for mentors and mentees alike.</li>"
                "<li>The programme opened with a meeting at Artİstanbul Feshane that brought both groups together.</li>"
                "<li>Matched pairs then started two months of one-to-one work.</li>"
                "<li>Topics included current technology, social media and artificial intelligence.</li>"
                "</ul>"
            ),
            "results": (
                "<p>Launched under the motto “We have a lot to learn from young people”, the pilot is meant to open "
                "up communication between generations. Once feedback from the first round has been reviewed, "
                "İBB plans to extend the programme across the organisation.</p>"
                "<p>At the opening, İSPER's General Manager Banu Saraçlar said she had helped design the programme "
                "and was also taking part as a mentee, a clear signal that managers join as learners.</p>"
            ),
            "search_description": (
                "İBB Academy's Young Mentor pilot: young employees mentor senior managers on technology, "
                "social media and artificial intelligence."
            ),
        },
    },
    {
        "key": "aspb-care-staff-group-mentoring",
        "slug": {
            "tr": "nar-taneleri-bakim-elemanlari-grup-mentorlugu",
            "en": "nar-taneleri-group-mentoring-for-care-staff",
        },
        "institution": "T.C. Aile ve Sosyal Politikalar Bakanlığı",
        "city": "Ankara",
        "country": "TR",
        "scope": "national",
        "year": 2013,
        "themes": ["social_services", "hr"],
        "programme": "group",
        "source_url": "",
        "tr": {
            "title": "Nar Taneleri: bakım elemanları için grup mentorluğu",
            "summary": (
                "Aile ve Sosyal Politikalar Bakanlığı, Nar Taneleri projesinin 2013–2015 dönemindeki ikinci "
                "aşamasında çocuk evlerinde çalışan bakım elemanları için bir grup mentorluk modeli uyguladı. "
                "Deneyimli meslek elemanları, küçük bakım elemanı gruplarına altı ay boyunca öğrenme ortaklığı yaptı."
            ),
            "what_was_done": (
                "<p>Bakanlık, gençlere yönelik birebir mentorluğun yanında, kurumda kilit rol üstlenen bakım "
                "elemanlarının kapasitesini geliştirmek için grup mentorluğunu devreye aldı.</p>"
                "<ul>"
                "<li>Mentorlar, çocuk ve gençlerin gelişimi konusunda deneyimli gönüllü meslek elemanlarıydı; "
                "işe başlamadan önce “Mentorluk Becerileri” eğitimi aldılar.</li>"
                "<li>Menti grupları, sınıf eğitimini tamamlamış bakım elemanlarından oluştu.</li>"
                "<li>Her grupta 2–3 kişilik bir mentor ekibi, 4–6 mentiye kolaylaştırıcılık yaptı.</li>"
                "<li>Gruplar, önceden belirlenmiş başlıklardan oluşan bir gündemle çalıştı; sunum, rol oyunu ve "
                "tartışma gibi yöntemler kullandı.</li>"
                "<li>Mentiler, grup içinde birbirlerinin gelişim planlarını izleyen eş düzey mentorluk "
                "ilişkileri de kurdu.</li>"
                "</ul>"
            ),
            "results": (
                "<p>Altı aylık uygulamada mentilerin mesleki bilgi, beceri ve motivasyonunda olumlu bir etki "
                "gözlendi. Kaynak metne göre bakım elemanları çocuk ve gençlerin gelişim dönemleri hakkında "
                "daha çok bilgi edindi, öncelikli gelişim alanları için kişisel bir plan hazırladı ve görevleriyle "
                "ilgili bir meslektaş ağı kurdu.</p>"
                "<p>Bu sonuçlar üzerine Bakanlık, modeli kendi personeliyle sürdürmeye karar verdi.</p>"
            ),
            "search_description": (
                "Bakanlığın Nar Taneleri projesinde çocuk evlerindeki bakım elemanları için uygulanan altı "
                "aylık grup mentorluk modeli: 2–3 mentor, 4–6 menti."
            ),
        },
        "en": {
            "title": "Nar Taneleri: group mentoring for care staff",
            "summary": (
                "In the second phase of its Nar Taneleri project (2013–2015), Turkey's Ministry of Family and "
                "Social Policies ran a group mentoring model for care staff working in children's homes. "
                "Experienced social-work professionals acted as learning partners for small groups over six months."
            ),
            "what_was_done": (
                "<p>Alongside one-to-one mentoring for young people, the ministry introduced group mentoring to "
                "build the skills of care staff, who hold key roles in its children's homes.</p>"
                "<ul>"
                "<li>Mentors were experienced professionals who volunteered; they first took a "
                "“Mentoring Skills” training.</li>"
                "<li>Mentee groups were made up of care staff who had finished their classroom training.</li>"
                "<li>In each group a team of 2–3 mentors facilitated 4–6 mentees.</li>"
                "<li>Groups followed an agenda of agreed topics and used presentations, role play and discussion.</li>"
                "<li>Mentees also paired up as peer mentors to follow each other's development plans.</li>"
                "</ul>"
            ),
            "results": (
                "<p>Over six months the programme had a visible positive effect on mentees' professional knowledge, "
                "skills and motivation. According to the source text, care staff learned more about children's "
                "developmental stages, drew up a personal plan for their priority areas and built a network of peers.</p>"
                "<p>On the strength of these results the ministry decided to keep the model running with its own staff.</p>"
            ),
            "search_description": (
                "The ministry's Nar Taneleri group mentoring for care staff in children's homes: six months, "
                "2–3 mentors with 4–6 mentees per group."
            ),
        },
    },
    {
        "key": "aspb-train-the-trainer",
        "slug": {
            "tr": "grup-mentorlugunu-kalici-kilmak-egitmen-egitimi",
            "en": "making-group-mentoring-last-train-the-trainer",
        },
        "institution": "T.C. Aile ve Sosyal Politikalar Bakanlığı",
        "city": "Ankara",
        "country": "TR",
        "scope": "national",
        "year": 2015,
        "themes": ["social_services", "hr"],
        "programme": "group",
        "source_url": "",
        "tr": {
            "title": "Grup mentorluğunu kuruma kalıcı kılmak: eğitmen eğitimi",
            "summary": (
                "Pilot grup mentorluk programının ardından Bakanlık, pilot illerdeki mentorlardan bir lider ekip "
                "seçti ve iki aşamalı bir eğitmen eğitimiyle programı kendi personeline devretti."
            ),
            "what_was_done": (
                "<p>Pilot uygulama bittiğinde kurum, programı dış desteğe bağlı kalmadan yürütebilmek için "
                "sahiplenme adımları attı.</p>"
                "<ul>"
                "<li>Pilot illerde görev yapmış mentorlar arasından bir lider ekip seçildi.</li>"
                "<li>Bu ekip iki aşamalı bir “Eğitmen Eğitimi” programını tamamladı.</li>"
                "<li>Lider ekip, yeni mentorları hazırlama ve grupların kolaylaştırıcılarına destek olma "
                "görevini üstlendi.</li>"
                "</ul>"
            ),
            "results": (
                "<p>Kaynak metne göre grup mentorluk programı, pilot dönemin ardından fiilen kurum çalışanları "
                "tarafından yürütülmeye devam etti.</p>"
                "<p>Örnek, bir pilot projenin kurumsal bir yapıya nasıl dönüştürülebileceğini gösteriyor: "
                "en iyi mentorları eğitmen yapmak, bilginin kurumda kalmasını sağlıyor.</p>"
            ),
            "search_description": (
                "Pilot grup mentorluğunu kurum içine taşımak: pilot illerden seçilen mentorlara iki aşamalı "
                "eğitmen eğitimi."
            ),
        },
        "en": {
            "title": "Making group mentoring last: training the trainers",
            "summary": (
                "After the group mentoring pilot, the ministry chose a lead team from the mentors in the pilot "
                "provinces and, through a two-stage train-the-trainer course, handed the programme to its own staff."
            ),
            "what_was_done": (
                "<p>When the pilot ended, the ministry took steps to run the programme without outside help.</p>"
                "<ul>"
                "<li>A lead team was selected from mentors who had served in the pilot provinces.</li>"
                "<li>The team completed a two-stage “Training of Trainers” programme.</li>"
                "<li>It then took on preparing new mentors and supporting group facilitators.</li>"
                "</ul>"
            ),
            "results": (
                "<p>According to the source text, the group mentoring programme continued after the pilot, "
                "run in practice by the ministry's own employees.</p>"
                "<p>The case shows one way to turn a pilot into an institutional routine: making the best mentors "
                "into trainers keeps the know-how inside the organisation.</p>"
            ),
            "search_description": (
                "Moving group mentoring in-house: a two-stage train-the-trainer course for mentors chosen "
                "from the pilot provinces."
            ),
        },
    },
    {
        "key": "ge-reverse-mentoring",
        "slug": {
            "tr": "general-electric-tersine-mentorlugun-dogusu",
            "en": "general-electric-origins-of-reverse-mentoring",
        },
        "institution": "General Electric (GE)",
        "city": "Fairfield",
        "country": "US",
        "scope": "international",
        "year": 1999,
        "themes": ["digital", "hr"],
        "programme": "reverse",
        "source_url": "",
        "tr": {
            "title": "General Electric: tersine mentorluğun doğuşu",
            "summary": (
                "Tersine mentorluk kavramı, GE'nin dönemin yönetim kurulu başkanı Jack Welch'in interneti genç "
                "bir çalışandan öğrenmeye başlamasıyla yayıldı. Welch, bu yöntemi şirketin diğer yöneticilerine "
                "de önerdi."
            ),
            "what_was_done": (
                "<p>1990'ların sonunda internet iş dünyasını hızla değiştirirken Welch, bu alandaki bilgisini "
                "genç bir çalışandan düzenli destek alarak geliştirdi.</p>"
                "<ul>"
                "<li>Roller bilinçli olarak tersine çevrildi: teknolojiye hâkim genç çalışan mentor, deneyimli "
                "yönetici menti oldu.</li>"
                "<li>Welch, gördüğü faydayı diğer yöneticilerle paylaşarak onları da genç mentorlarla çalışmaya "
                "teşvik etti.</li>"
                "<li>Şirket içinde yaygınlaşan bu uygulama “tersine mentorluk” adıyla anılmaya başladı.</li>"
                "</ul>"
            ),
            "results": (
                "<p>Uygulama, yöneticilerin dijital okuryazarlığını artırmanın düşük maliyetli bir yolu olarak "
                "geniş çapta örnek alındı.</p>"
                "<p>Bugün birçok kurum tersine mentorluğu kuşaklar arası önyargıları azaltmak, genç çalışanları "
                "kurumda tutmak ve dijital dönüşümü hızlandırmak için kullanıyor.</p>"
            ),
            "search_description": (
                "Tersine mentorluğun kökeni: GE'de Jack Welch'in interneti genç bir çalışandan öğrenmesi ve "
                "yöntemi yöneticilere yayması."
            ),
        },
        "en": {
            "title": "General Electric: where reverse mentoring began",
            "summary": (
                "Reverse mentoring spread after GE's then chairman Jack Welch started learning about the internet "
                "from a young employee. Welch went on to recommend the same approach to the company's other managers."
            ),
            "what_was_done": (
                "<p>In the late 1990s, as the internet was rapidly changing business, Welch built up his knowledge "
                "with regular help from a young employee.</p>"
                "<ul>"
                "<li>The roles were reversed on purpose: the tech-savvy young employee was the mentor and the "
                "experienced executive the mentee.</li>"
                "<li>Welch shared the benefit with other managers and encouraged them to work with young mentors too.</li>"
                "<li>As the practice spread through the company, it became known as “reverse mentoring”.</li>"
                "</ul>"
            ),
            "results": (
                "<p>The approach was widely copied as a low-cost way to raise managers' digital literacy.</p>"
                "<p>Many organisations now use reverse mentoring to reduce prejudice between generations, keep "
                "young staff and speed up digital transformation.</p>"
            ),
            "search_description": (
                "The origin of reverse mentoring: Jack Welch at GE learning about the internet from a young "
                "employee and spreading the method to managers."
            ),
        },
    },
    {
        "key": "taiex-regio-peer-2-peer",
        "slug": {
            "tr": "taiex-regio-peer-2-peer-kurumlar-arasi-uzman-degisimi",
            "en": "taiex-regio-peer-2-peer-expert-exchange",
        },
        "institution": "European Commission – DG REGIO",
        "city": "Brussels",
        "country": "BE",
        "scope": "international",
        "year": 2015,
        "themes": ["finance", "hr"],
        "programme": "expert",
        "source_url": "https://ec.europa.eu/regional_policy/policy/how/improving-investment/regio-peer-2-peer/faq_en",
        "tr": {
            "title": "TAIEX-REGIO PEER 2 PEER: kamu kurumları arasında kısa süreli uzman değişimi",
            "summary": (
                "Avrupa Komisyonu, AB bölgesel fonlarını yöneten kurumların birbirinden öğrenmesi için 2015'te "
                "talebe dayalı bir eşler arası değişim aracı başlattı. Bir kurum ihtiyacını bildiriyor, başka "
                "bir ülkedeki deneyimli meslektaşlar kısa ziyaretlerle destek veriyor."
            ),
            "what_was_done": (
                "<p>Araç, Avrupa Bölgesel Kalkınma Fonu ve Uyum Fonu'nu yöneten kamu kurumlarının çalışanlarını "
                "bir araya getirmek için pilot olarak tasarlandı.</p>"
                "<ul>"
                "<li>Destek isteyen kurum ihtiyacını çevrim içi bir başvuruyla tanımlıyor.</li>"
                "<li><strong>Uzman görevlendirmesi:</strong> deneyimli bir kamu görevlisi birkaç günlüğüne "
                "talep eden kuruma gidip belirli bir konuda doğrudan destek veriyor.</li>"
                "<li><strong>Çalışma ziyareti:</strong> talep eden kurumdan küçük bir ekip, ev sahibi kurumdaki "
                "uygulamayı yerinde inceliyor.</li>"
                "<li><strong>Çalıştay:</strong> benzer ihtiyaçları olan kurumlar ortak bir oturumda deneyim paylaşıyor.</li>"
                "</ul>"
            ),
            "results": (
                "<p>Pilot olarak başlayan araç, kurumların ilgisi üzerine sürdürüldü ve bugün de farklı "
                "biçimleriyle devam ediyor.</p>"
                "<p>Talebe dayalı, kısa ve sade işleyişi, Birliğin mentor programındaki görevlendirme ve yerinde "
                "inceleme süreçleri için yakın bir karşılaştırma noktası sunuyor.</p>"
            ),
            "search_description": (
                "AB'nin TAIEX-REGIO PEER 2 PEER aracı: fon yöneten kamu kurumları arasında uzman görevlendirmesi, "
                "çalışma ziyareti ve çalıştaylar."
            ),
        },
        "en": {
            "title": "TAIEX-REGIO PEER 2 PEER: short expert exchanges between public bodies",
            "summary": (
                "In 2015 the European Commission launched a demand-driven peer exchange tool so that bodies managing "
                "EU regional funds could learn from each other. An institution states its need; experienced "
                "colleagues from another country help through short visits."
            ),
            "what_was_done": (
                "<p>The tool was set up as a pilot to connect staff of the public bodies that manage the European "
                "Regional Development Fund and the Cohesion Fund.</p>"
                "<ul>"
                "<li>The institution asking for help describes its need in an online request.</li>"
                "<li><strong>Expert mission:</strong> an experienced official spends a few days at the requesting "
                "body and gives hands-on support on one topic.</li>"
                "<li><strong>Study visit:</strong> a small team from the requesting body sees how the host "
                "institution works on site.</li>"
                "<li><strong>Workshop:</strong> bodies with similar needs share experience in a joint session.</li>"
                "</ul>"
            ),
            "results": (
                "<p>Started as a pilot, the tool was kept on because institutions kept using it, and it continues "
                "today in updated forms.</p>"
                "<p>Its short, simple, demand-driven design is a close point of comparison for the assignments "
                "and on-site visits in the Union's mentor programme.</p>"
            ),
            "search_description": (
                "The EU's TAIEX-REGIO PEER 2 PEER tool: expert missions, study visits and workshops between "
                "public bodies that manage regional funds."
            ),
        },
    },
    {
        "key": "skew-municipal-climate-partnerships",
        "slug": {
            "tr": "belediyeler-arasi-iklim-ortakliklari",
            "en": "municipal-climate-partnerships",
        },
        "institution": "Engagement Global – Servicestelle Kommunen in der Einen Welt (SKEW)",
        "city": "Bonn",
        "country": "DE",
        "scope": "international",
        "year": 2011,
        "themes": ["climate", "urban_planning"],
        "programme": None,
        "source_url": "https://skew.engagement-global.de/kommunale-klimapartnerschaften.html",
        "tr": {
            "title": "Belediyeler arası iklim ortaklıkları",
            "summary": (
                "Almanya'da SKEW, Alman belediyelerini Afrika, Latin Amerika ve Asya'daki ortak belediyelerle "
                "bir araya getirerek iklim koruma ve iklime uyum için ortak eylem programları hazırlamalarını destekliyor."
            ),
            "what_was_done": (
                "<p>Program, belediye yönetimlerinin uzmanları arasındaki bilgi alışverişine dayanıyor. "
                "Her dönemde bir grup ortaklık yaklaşık iki yıl boyunca rehberlik alıyor.</p>"
                "<ul>"
                "<li>Belediyeler her yeni dönem için açılan çağrıya ilgi beyanıyla başvuruyor; ortağı olmayanlara "
                "ortak bulmada yardım ediliyor.</li>"
                "<li>Her belediye, karşılıklı beklentileri yazılı hâle getiren bir anlaşma imzalıyor.</li>"
                "<li>Ortaklar ağ toplantılarına, uluslararası çalıştaylara ve karşılıklı uzman ziyaretlerine katılıyor.</li>"
                "<li>Çevre ve dış ilişkiler gibi farklı belediye birimleri, yerel sivil toplumla birlikte çalışıyor.</li>"
                "</ul>"
            ),
            "results": (
                "<p>Her ortaklık; hedefleri, önlemleri ve kaynakları belirlenmiş ortak bir eylem programı üretiyor.</p>"
                "<p>Tematik çağrı, yazılı taahhüt ve ağ etkinliklerini birleştiren bu yapı, Birliğin mentor "
                "programıyla doğrudan karşılaştırılabilir.</p>"
            ),
            "search_description": (
                "Alman belediyeleri ile Afrika, Latin Amerika ve Asya'daki belediyeler arasında iklim koruma ve "
                "uyum için ortak eylem programları."
            ),
        },
        "en": {
            "title": "Municipal climate partnerships",
            "summary": (
                "In Germany, SKEW pairs German municipalities with partner municipalities in Africa, Latin America "
                "and Asia and helps them draw up joint action programmes for climate mitigation and adaptation."
            ),
            "what_was_done": (
                "<p>The programme is built on exchange between experts in local administrations. In each phase "
                "a group of partnerships receives guidance for about two years.</p>"
                "<ul>"
                "<li>Municipalities apply to a call for each new phase; those without a partner get help finding one.</li>"
                "<li>Each municipality signs an agreement that puts mutual expectations in writing.</li>"
                "<li>Partners take part in network meetings, international workshops and expert visits in both directions.</li>"
                "<li>Departments such as environment and international relations work together with local civil society.</li>"
                "</ul>"
            ),
            "results": (
                "<p>Each partnership produces a joint action programme with targets, measures and resources.</p>"
                "<p>Combining a thematic call, a written commitment and networking events, the scheme is directly "
                "comparable to the Union's mentor programme.</p>"
            ),
            "search_description": (
                "Joint climate action programmes between German municipalities and partners in Africa, Latin "
                "America and Asia."
            ),
        },
    },
    {
        "key": "urbact-transfer-networks",
        "slug": {
            "tr": "urbact-transfer-aglari-iyi-uygulama-aktarimi",
            "en": "urbact-transfer-networks-good-practice-transfer",
        },
        "institution": "URBACT",
        "city": "Saint-Denis",
        "country": "FR",
        "scope": "international",
        "year": 2018,
        "themes": ["urban_planning"],
        "programme": None,
        "source_url": "https://urbact.eu/files/transfer-networks-study",
        "tr": {
            "title": "URBACT Transfer Ağları: iyi uygulamayı başka kentlere aktarmak",
            "summary": (
                "AB'nin URBACT programında, iyi uygulaması tescillenmiş bir kent bu uygulamayı birkaç ortak kentle "
                "birlikte uyarlıyor. Yöntem “anla, uyarla, yeniden kullan” adımlarına dayanıyor."
            ),
            "what_was_done": (
                "<p>İlk transfer ağları 2018'de çalışmaya başladı. Her ağa, URBACT İyi Uygulama etiketi almış "
                "bir kent öncülük ediyor.</p>"
                "<ul>"
                "<li>Öncü kent uygulamasını ortaklarına tanıtıyor ve aktarım sürecinde onlara mentorluk yapıyor.</li>"
                "<li>Ortak kentler uygulamayı kendi koşullarına göre uyarlıyor; yerel paydaşlardan oluşan bir "
                "çalışma grubuyla bir aktarım planı hazırlıyor.</li>"
                "<li>Ağ toplantıları, karşılıklı ziyaretler ve uzman desteği öğrenmeyi besliyor.</li>"
                "</ul>"
            ),
            "results": (
                "<p>URBACT'ın ağlar üzerine yaptırdığı değerlendirme, iyi uygulamaların ortak kentlerde büyük "
                "ölçüde uyarlanıp kullanıldığını ortaya koydu.</p>"
                "<p>Model, iyi uygulamaların izlenmesi ve kurumlar arasında yaygınlaştırılması için somut bir yöntem sunuyor.</p>"
            ),
            "search_description": (
                "URBACT Transfer Ağları: tescilli bir iyi uygulamayı ortak kentlere “anla, uyarla, yeniden "
                "kullan” yöntemiyle aktarmak."
            ),
        },
        "en": {
            "title": "URBACT Transfer Networks: passing good practice to other cities",
            "summary": (
                "Under the EU's URBACT programme, a city with a recognised good practice adapts it together with "
                "several partner cities. The method follows three steps: understand, adapt, re-use."
            ),
            "what_was_done": (
                "<p>The first Transfer Networks started work in 2018. Each is led by a city that holds the "
                "URBACT Good Practice label.</p>"
                "<ul>"
                "<li>The lead city explains its practice to its partners and mentors them through the transfer.</li>"
                "<li>Partner cities adapt the practice to local conditions and write a transfer plan with a working "
                "group of local stakeholders.</li>"
                "<li>Network meetings, mutual visits and expert support keep the learning going.</li>"
                "</ul>"
            ),
            "results": (
                "<p>A review commissioned by URBACT found that the partner cities had adapted and used the good "
                "practices to a large extent.</p>"
                "<p>The model offers a concrete method for following good practices and spreading them between institutions.</p>"
            ),
            "search_description": (
                "URBACT Transfer Networks: moving a recognised good practice to partner cities through "
                "understand, adapt, re-use."
            ),
        },
    },
]


TRAINING_MATERIALS = [
    {
        "key": "mentor-first-meeting-guide",
        "slug": {"tr": "mentor-rehberi-ilk-gorusme", "en": "mentor-guide-first-meeting"},
        "audience": "mentor",
        "material_type": "guide",
        "minutes": 20,
        "material_language": "tr_en",
        "themes": ["hr"],
        "programme": "expert",
        "video_url": "",
        "tr": {
            "title": "Mentor rehberi: ilk görüşme",
            "summary": (
                "İlk görüşme ilişkinin tonunu belirler. Bu rehber, hazırlıktan görüşme sonrasına kadar "
                "mentorun atması gereken adımları kısaca anlatıyor."
            ),
            "body": [
                ("heading", "Görüşmeden önce"),
                (
                    "paragraph",
                    "<p>Sekretarya size mentinin başvurusunu ve eşleşmenin gerekçesini iletir. Okurken şu "
                    "sorulara yanıt arayın:</p>"
                    "<ul>"
                    "<li>Menti hangi sorunu çözmek ya da hangi beceriyi kazanmak istiyor?</li>"
                    "<li>Bu konuda benim hangi deneyimim, örneğim ya da belgem işe yarar?</li>"
                    "<li>Kurumumun muvafakati ve benim yazılı rızam tamamlandı mı?</li>"
                    "</ul>",
                ),
                ("heading", "Görüşmenin akışı"),
                (
                    "paragraph",
                    "<p>Yüz yüze ya da çevrim içi olabilen ilk görüşme için 60–90 dakika yeterlidir.</p>"
                    "<ul>"
                    "<li><strong>Tanışma:</strong> Görevinizi, çalıştığınız birimi ve neden mentor olduğunuzu anlatın.</li>"
                    "<li><strong>Dinleme:</strong> Mentiden ihtiyacını kendi sözleriyle anlatmasını isteyin; "
                    "çözüm önermeden önce soru sorun.</li>"
                    "<li><strong>Hedef:</strong> Süre sonunda neyin değişmiş olmasını istediğinizi birlikte bir-iki cümleyle yazın.</li>"
                    "<li><strong>Çalışma düzeni:</strong> Görüşme sıklığını, kanalı ve toplam süreyi kararlaştırın.</li>"
                    "<li><strong>İlk adım:</strong> Bir sonraki görüşmeye kadar her iki tarafın yapacağı birer işi belirleyin.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Gizlilik ve gönüllülük",
                        "text": (
                            "<p>Program gönüllülük, iş birliği, şeffaflık ve eşitlik ilkelerine dayanır. "
                            "Görüşmelerde paylaşılan kurum bilgileri ve kişisel veriler gizlidir; bunları "
                            "mentinin izni olmadan üçüncü kişilerle paylaşmayın.</p>"
                        ),
                    },
                ),
                ("heading", "Görüşmeden sonra"),
                (
                    "paragraph",
                    "<p>Aynı gün toplantı notu formunu doldurun ve mentiyle paylaşın. Kararlaştırılan takvimi "
                    "Mentor Sistemi'ne girin; görevlendirme süresinin uzaması gerekirse Sekretaryaya erkenden haber verin.</p>",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Mentinin sorusunun yanıtını bilmiyorsam ne yapmalıyım?",
                            "answer": (
                                "<p>Bunu açıkça söyleyin. Mentor her şeyi bilmek zorunda değildir; yanıtı "
                                "bilen bir meslektaşa ya da kaynağa yönlendirmek de rehberliktir.</p>"
                            ),
                        },
                        {
                            "question": "Görüşmeleri çevrim içi yapabilir miyiz?",
                            "answer": (
                                "<p>Evet. Yönetmelik, eşleşen tarafların yüz yüze ya da çevrim içi bir araya "
                                "gelebileceğini öngörür. Yerinde inceleme gerekiyorsa bunu Sekretaryayla planlayın.</p>"
                            ),
                        },
                    ],
                ),
            ],
            "search_description": (
                "Mentorlar için ilk görüşme rehberi: hazırlık, görüşmenin akışı, gizlilik ve görüşme sonrası adımlar."
            ),
        },
        "en": {
            "title": "Mentor's guide: the first meeting",
            "summary": (
                "The first meeting sets the tone of the relationship. This guide lists what a mentor should do, "
                "from preparation to follow-up."
            ),
            "body": [
                ("heading", "Before the meeting"),
                (
                    "paragraph",
                    "<p>The secretariat sends you the mentee's application and the reason for the match. "
                    "While reading it, ask yourself:</p>"
                    "<ul>"
                    "<li>What problem does the mentee want to solve, or what skill do they want to gain?</li>"
                    "<li>Which of my experiences, examples or documents could help?</li>"
                    "<li>Are my institution's consent and my own written consent in place?</li>"
                    "</ul>",
                ),
                ("heading", "How the meeting runs"),
                (
                    "paragraph",
                    "<p>The first meeting can be face to face or online; 60–90 minutes is enough.</p>"
                    "<ul>"
                    "<li><strong>Introductions:</strong> describe your role, your unit and why you became a mentor.</li>"
                    "<li><strong>Listening:</strong> ask the mentee to explain the need in their own words; ask "
                    "questions before offering solutions.</li>"
                    "<li><strong>Goal:</strong> write down together, in a sentence or two, what should be different at the end.</li>"
                    "<li><strong>Ways of working:</strong> agree how often you meet, through which channel and for how long overall.</li>"
                    "<li><strong>First step:</strong> agree one task each before the next meeting.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Confidentiality and voluntary participation",
                        "text": (
                            "<p>The programme rests on voluntary participation, cooperation, transparency and "
                            "equality. Institutional information and personal data shared in meetings are "
                            "confidential; do not pass them on without the mentee's permission.</p>"
                        ),
                    },
                ),
                ("heading", "After the meeting"),
                (
                    "paragraph",
                    "<p>Fill in the meeting-notes form the same day and share it with the mentee. Enter the agreed "
                    "schedule in the Mentor System, and tell the secretariat early if the assignment needs to be extended.</p>",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "What if I don't know the answer to the mentee's question?",
                            "answer": (
                                "<p>Say so. A mentor does not have to know everything; pointing the mentee to a "
                                "colleague or a source that does is guidance too.</p>"
                            ),
                        },
                        {
                            "question": "Can we meet online?",
                            "answer": (
                                "<p>Yes. The regulation allows matched parties to meet face to face or online. "
                                "If an on-site visit is needed, plan it with the secretariat.</p>"
                            ),
                        },
                    ],
                ),
            ],
            "search_description": (
                "A first-meeting guide for mentors: preparation, running the meeting, confidentiality and follow-up."
            ),
        },
    },
    {
        "key": "mentee-goal-setting-checklist",
        "slug": {"tr": "menti-kontrol-listesi-hedef-belirleme", "en": "mentee-checklist-setting-goals"},
        "audience": "mentee",
        "material_type": "checklist",
        "minutes": 15,
        "material_language": "tr_en",
        "themes": ["hr"],
        "programme": None,
        "video_url": "",
        "tr": {
            "title": "Menti kontrol listesi: hedef belirleme",
            "summary": (
                "Net bir hedef, mentorun size doğru desteği vermesini kolaylaştırır. Başvurudan kapanışa kadar "
                "işaretleyebileceğiniz kısa bir liste."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Yönetmeliğe göre menti, belirlenen hedefler doğrultusunda sürece etkin katılmak, öğrenmesini "
                    "izlemek ve gerekli bilgi ile geri bildirimi zamanında paylaşmakla yükümlüdür. Bu liste o "
                    "yükümlülükleri pratik adımlara çeviriyor.</p>",
                ),
                ("heading", "Başvurudan önce"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Çözmek istediğim sorunu bir cümleyle yazdım.</li>"
                    "<li>Bu sorunun birimime ya da kurumuma etkisini not ettim.</li>"
                    "<li>Yöneticimle konuştum ve programa katılmam için onay aldım.</li>"
                    "<li>Mentor Sistemi'ndeki başvuruda ilgili temayı seçtim.</li>"
                    "</ul>",
                ),
                ("heading", "İlk görüşmede"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Hedefimi ölçülebilir ve süreli biçimde yeniden yazdım (ör. “üç ay içinde…”).</li>"
                    "<li>En fazla üç öncelikli gelişim alanı seçtim.</li>"
                    "<li>Görüşme sıklığı ve kanalı üzerinde mentorumla anlaştım.</li>"
                    "<li>Gizlilik kurallarını ikimiz de kabul ettik.</li>"
                    "</ul>",
                ),
                ("heading", "Süreç boyunca"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Her görüşmeden önce sorularımı ve ilerlememi kısaca yazıyorum.</li>"
                    "<li>Kararlaştırılan işleri bir sonraki görüşmeye kadar tamamlıyorum.</li>"
                    "<li>İşe yaramayan bir şeyi açıkça söylüyor, hedefimi gerekirse güncelliyorum.</li>"
                    "<li>Ara ve son değerlendirme formlarını zamanında dolduruyorum.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "İpucu",
                        "text": (
                            "<p>Hedef; mentorun değil, sizin gelişim planınızdır. Mentor yol gösterir, "
                            "adımları atan sizsiniz.</p>"
                        ),
                    },
                ),
            ],
            "search_description": (
                "Mentiler için hedef belirleme kontrol listesi: başvurudan önce, ilk görüşmede ve süreç boyunca yapılacaklar."
            ),
        },
        "en": {
            "title": "Mentee checklist: setting goals",
            "summary": (
                "A clear goal helps your mentor give the right support. A short list to tick off from "
                "application to close."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Under the regulation, a mentee must take an active part in line with the agreed goals, track "
                    "their own learning and share information and feedback on time. This list turns those duties "
                    "into practical steps.</p>",
                ),
                ("heading", "Before you apply"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>I have written the problem I want to solve in one sentence.</li>"
                    "<li>I have noted how the problem affects my unit or institution.</li>"
                    "<li>I have talked to my manager and have approval to take part.</li>"
                    "<li>I have chosen the right theme in my Mentor System application.</li>"
                    "</ul>",
                ),
                ("heading", "At the first meeting"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>I have rewritten my goal so that it is measurable and time-bound (e.g. “within three months…”).</li>"
                    "<li>I have picked no more than three priority areas.</li>"
                    "<li>My mentor and I have agreed how often and how we will meet.</li>"
                    "<li>We have both accepted the confidentiality rules.</li>"
                    "</ul>",
                ),
                ("heading", "Throughout the programme"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Before each meeting I jot down my questions and progress.</li>"
                    "<li>I finish the agreed tasks before the next meeting.</li>"
                    "<li>I say clearly when something is not working and update my goal if needed.</li>"
                    "<li>I fill in the mid-term and final evaluation forms on time.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Tip",
                        "text": (
                            "<p>The goal is your development plan, not your mentor's. The mentor shows the way; "
                            "you take the steps.</p>"
                        ),
                    },
                ),
            ],
            "search_description": (
                "A goal-setting checklist for mentees: what to do before applying, at the first meeting and throughout."
            ),
        },
    },
    {
        "key": "secretariat-written-consent-checklist",
        "slug": {"tr": "sekretarya-kontrol-listesi-yazili-muvafakat", "en": "secretariat-checklist-written-consent"},
        "audience": "secretariat",
        "material_type": "checklist",
        "minutes": 15,
        "material_language": "tr",
        "themes": [],
        "programme": "expert",
        "video_url": "",
        "tr": {
            "title": "Sekretarya kontrol listesi: yazılı muvafakat ve rıza",
            "summary": (
                "Bir eşleşmenin görüşmeye ya da görevlendirmeye dönüşmesi için gereken yazılı izinleri "
                "adım adım kontrol etmeye yarar."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Yönetmeliğe göre eşleşmelerin ardından yapılan görüşmeler ve görevlendirmeler, ilgili "
                    "kurumların karşılıklı muvafakati ve uzman personelin rızası alınarak yazılı iletişimle "
                    "yürütülür. Hiçbir görüşme bu adımlar tamamlanmadan başlamamalıdır.</p>",
                ),
                ("heading", "Eşleşme onaylanmadan önce"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Menti kurumunun talebi Mentor Sistemi'nde kayıtlı.</li>"
                    "<li>Mentorun uzmanlık alanı talep edilen konuyla uyumlu.</li>"
                    "<li>Eşleşmenin hangi yöntemle yapıldığı (doğrudan başvuru, tematik çağrı, ağ etkinliği) not edildi.</li>"
                    "</ul>",
                ),
                ("heading", "Yazılı izinler"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Mentorun kurumundan yazılı muvafakat alındı.</li>"
                    "<li>Mentinin kurumundan yazılı muvafakat alındı.</li>"
                    "<li>Uzman personelin kendi yazılı rızası alındı.</li>"
                    "<li>Görevlendirme süresi ve varsa diğer koşullar yazıda açıkça belirtildi.</li>"
                    "<li>Belgeler Mentor Sistemi'ne yüklendi ve erişim yetkileri sınırlandırıldı.</li>"
                    "</ul>",
                ),
                ("heading", "Masraflar"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Personelin aylık ve diğer hakları kendi kurumunca ödenmeye devam ediyor; bu durum yazıda belirtildi.</li>"
                    "<li>Yol, gündelik ve konaklama giderlerinin Birlik bütçesinden karşılanıp karşılanmayacağı, "
                    "6245 sayılı Harcırah Kanunu'na uygun olarak kararlaştırıldı.</li>"
                    "</ul>",
                ),
                ("heading", "Süreç boyunca"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Süre uzatma talebi geldiyse iki kurumun yeni muvafakati yazılı olarak alındı.</li>"
                    "<li>Taraflardan biri rızasını geri çektiyse eşleşme kapatıldı ve kurumlara bildirildi.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Veri güvenliği",
                        "text": (
                            "<p>Muvafakat yazıları ve rıza beyanları kişisel veri içerir. Yalnızca görevli "
                            "Sekretarya personelinin erişebildiği alanda saklayın ve ilgili mevzuattaki saklama "
                            "sürelerine uyun.</p>"
                        ),
                    },
                ),
            ],
            "search_description": (
                "Sekretarya için kontrol listesi: kurum muvafakati, uzman rızası, görevlendirme süresi ve masraflar."
            ),
        },
        "en": {
            "title": "Secretariat checklist: written institutional and personal consent",
            "summary": (
                "Helps you check, step by step, the written permissions needed before a match becomes a "
                "meeting or an assignment."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Under the regulation, meetings and assignments that follow a match take place in writing, "
                    "with the mutual consent of the institutions involved and the consent of the expert. No meeting "
                    "should start until these steps are complete.</p>",
                ),
                ("heading", "Before the match is confirmed"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>The mentee institution's request is recorded in the Mentor System.</li>"
                    "<li>The mentor's expertise fits the requested topic.</li>"
                    "<li>The matching route (direct application, thematic call, networking event) is recorded.</li>"
                    "</ul>",
                ),
                ("heading", "Written permissions"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Written consent received from the mentor's institution.</li>"
                    "<li>Written consent received from the mentee's institution.</li>"
                    "<li>The expert's own written consent received.</li>"
                    "<li>The length of the assignment and any other conditions are stated clearly in writing.</li>"
                    "<li>Documents are uploaded to the Mentor System with restricted access.</li>"
                    "</ul>",
                ),
                ("heading", "Costs"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>The expert's salary and other entitlements continue to be paid by their own institution, "
                    "and the letter says so.</li>"
                    "<li>Whether travel, daily allowance and accommodation are covered from the Union's budget has "
                    "been decided in line with Travel Allowance Law No. 6245.</li>"
                    "</ul>",
                ),
                ("heading", "During the programme"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>If an extension was requested, new written consent from both institutions was obtained.</li>"
                    "<li>If either party withdrew consent, the match was closed and the institutions informed.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Data security",
                        "text": (
                            "<p>Consent letters and statements contain personal data. Store them where only "
                            "authorised secretariat staff can reach them and follow the retention periods in the "
                            "relevant legislation.</p>"
                        ),
                    },
                ),
            ],
            "search_description": (
                "A secretariat checklist: institutional consent, expert consent, assignment length and costs."
            ),
        },
    },
    {
        "key": "reverse-mentoring-presentation",
        "slug": {"tr": "sunum-tersine-mentorluk-nedir", "en": "presentation-what-is-reverse-mentoring"},
        "audience": "everyone",
        "material_type": "presentation",
        "minutes": 30,
        "material_language": "tr_en",
        "themes": ["digital", "social_media", "hr"],
        "programme": "reverse",
        "video_url": "",
        "tr": {
            "title": "Sunum: tersine mentorluk nedir, kime ne kazandırır?",
            "summary": (
                "Tersine mentorluğu kısaca tanıtan, kurum, menti ve mentor açısından faydalarını özetleyen ve "
                "bir programın adımlarını gösteren bir sunum."
            ),
            "body": [
                ("heading", "1. Tanım"),
                (
                    "paragraph",
                    "<p>Tersine mentorlukta teknolojiye hâkim, genellikle daha genç bir çalışan; kurumsal deneyimi "
                    "olan bir yöneticiye mentorluk yapar. İlişki kişiye özeldir ve iki taraf da öğrenir.</p>",
                ),
                ("heading", "2. Nereden çıktı?"),
                (
                    "paragraph",
                    "<p>Kavram, GE'nin eski yönetim kurulu başkanı Jack Welch'in interneti genç bir çalışandan "
                    "öğrenmesi ve bunu diğer yöneticilere önermesiyle yaygınlaştı. Türkiye'de kamuda ilk "
                    "örneklerden biri İBB Akademi'nin Genç Mentor programıdır.</p>",
                ),
                ("heading", "3. Kuruma katkısı"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Kuşaklar arasındaki değer ve bilgi farklarını daraltır, önyargıları azaltır.</li>"
                    "<li>Dijital okuryazarlığı yükseltir, dijital dönüşümü hızlandırır.</li>"
                    "<li>Genç çalışanların ihtiyaçlarını doğrudan kendilerinden öğrenmeyi sağlar ve onları kurumda tutar.</li>"
                    "<li>Birimler arası duvarları aşan, daha çevik bir çalışma kültürünü destekler.</li>"
                    "</ul>",
                ),
                ("heading", "4. Mentiye (yöneticiye) katkısı"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Yeni teknolojileri ve sosyal medyayı ilk elden tanır.</li>"
                    "<li>Ekibindeki gençlerin bakış açısını anlar, empati geliştirir.</li>"
                    "<li>Öğrendiklerini iş süreçlerine uygular, liderlik tarzını günceller.</li>"
                    "</ul>",
                ),
                ("heading", "5. Mentora (genç çalışana) katkısı"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Kurumun yönetim anlayışını yakından tanır.</li>"
                    "<li>Üst yönetimle profesyonel ilişki kurmayı öğrenir, kurum içi ağını genişletir.</li>"
                    "<li>Dijital dönüşüme katkı vermenin tatminini yaşar, liderlik becerilerini geliştirir.</li>"
                    "</ul>",
                ),
                ("heading", "6. Program adımları"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Mentor ve mentilerin eğitimi</li>"
                    "<li>Gönüllü başvuru ve eşleştirme</li>"
                    "<li>Tematik ya da serbest başlıklı görüşmeler (ör. iki ay boyunca)</li>"
                    "<li>Değerlendirme: isteğe bağlıdır ama deneyimler faydalı olduğunu gösteriyor</li>"
                    "</ul>",
                ),
                (
                    "quote",
                    {
                        "quote": "Gençlerden öğrenecek çok şeyimiz var.",
                        "attribution": "İBB Akademi Genç Mentor programının sloganı",
                    },
                ),
            ],
            "search_description": (
                "Tersine mentorluk sunumu: tanım, kökeni, kurum, yönetici ve genç çalışan için faydalar, program adımları."
            ),
        },
        "en": {
            "title": "Presentation: what is reverse mentoring and who gains?",
            "summary": (
                "A short presentation that introduces reverse mentoring, sums up the benefits for the institution, "
                "the mentee and the mentor, and shows the steps of a programme."
            ),
            "body": [
                ("heading", "1. Definition"),
                (
                    "paragraph",
                    "<p>In reverse mentoring, an employee who is strong on technology, usually younger, mentors a "
                    "manager with long institutional experience. The relationship is personal and both sides learn.</p>",
                ),
                ("heading", "2. Where it came from"),
                (
                    "paragraph",
                    "<p>The idea spread after Jack Welch, former chairman of GE, learned about the internet from a "
                    "young employee and recommended the same to other managers. In Turkey's public sector, İBB "
                    "Academy's Young Mentor programme is one of the first examples.</p>",
                ),
                ("heading", "3. What the institution gains"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Narrower gaps in values and knowledge between generations, and less prejudice.</li>"
                    "<li>Higher digital literacy and faster digital transformation.</li>"
                    "<li>First-hand insight into what young staff need, which helps keep them.</li>"
                    "<li>A more agile culture that cuts across departmental silos.</li>"
                    "</ul>",
                ),
                ("heading", "4. What the mentee (manager) gains"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Direct exposure to new technology and social media.</li>"
                    "<li>A better grasp of how younger team members see things, and more empathy.</li>"
                    "<li>New ideas to apply at work and an updated leadership style.</li>"
                    "</ul>",
                ),
                ("heading", "5. What the mentor (young employee) gains"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>A close look at how the organisation is managed.</li>"
                    "<li>Experience of working with senior management and a wider internal network.</li>"
                    "<li>The satisfaction of contributing to digital change, and stronger leadership skills.</li>"
                    "</ul>",
                ),
                ("heading", "6. Programme steps"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Training for mentors and mentees</li>"
                    "<li>Voluntary application and matching</li>"
                    "<li>Meetings on set themes or open topics (for example over two months)</li>"
                    "<li>Evaluation: optional, but experience shows it pays off</li>"
                    "</ul>",
                ),
                (
                    "quote",
                    {
                        "quote": "We have a lot to learn from young people.",
                        "attribution": "Motto of İBB Academy's Young Mentor programme",
                    },
                ),
            ],
            "search_description": (
                "Reverse mentoring presentation: definition, origin, benefits for the institution, managers and "
                "young staff, and programme steps."
            ),
        },
    },
    {
        "key": "meeting-notes-form-template",
        "slug": {"tr": "form-sablonu-gorusme-notu", "en": "form-template-meeting-notes"},
        "audience": "everyone",
        "material_type": "form_template",
        "minutes": 10,
        "material_language": "tr_en",
        "themes": [],
        "programme": None,
        "video_url": "",
        "tr": {
            "title": "Form şablonu: görüşme notu",
            "summary": (
                "Her mentorluk görüşmesinden sonra doldurulacak tek sayfalık not şablonu. İzleme ve "
                "değerlendirme için Sekretaryaya ortak bir kayıt sağlar."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Formu mentor doldurur, menti onaylar. Gizli bilgileri forma yazmayın; yalnızca konuları "
                    "ve kararları özetleyin.</p>",
                ),
                ("heading", "Alanlar"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Eşleşme kodu</strong> (Mentor Sistemi'nden)</li>"
                    "<li><strong>Tarih, süre ve biçim</strong> (yüz yüze / çevrim içi / yerinde inceleme)</li>"
                    "<li><strong>Katılanlar</strong></li>"
                    "<li><strong>Görüşülen konular</strong> (en fazla üç madde)</li>"
                    "<li><strong>Hedefe göre ilerleme</strong> (başlamadı / sürüyor / tamamlandı)</li>"
                    "<li><strong>Kararlar ve yapılacaklar</strong> (kim, ne, ne zamana kadar)</li>"
                    "<li><strong>Paylaşılan kaynaklar</strong> (belge, bağlantı, kişi)</li>"
                    "<li><strong>Sekretaryadan beklenen destek</strong> (varsa)</li>"
                    "<li><strong>Bir sonraki görüşme tarihi</strong></li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Neden önemli?",
                        "text": (
                            "<p>Düzenli notlar, programın izlenmesini ve sonunda elde edilen deneyimin diğer "
                            "kurumlarla paylaşılmasını kolaylaştırır.</p>"
                        ),
                    },
                ),
            ],
            "search_description": (
                "Mentorluk görüşmesi için not şablonu: konular, ilerleme, kararlar, kaynaklar ve sonraki görüşme."
            ),
        },
        "en": {
            "title": "Form template: meeting notes",
            "summary": (
                "A one-page template to fill in after every mentoring meeting. It gives the secretariat a shared "
                "record for follow-up and evaluation."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>The mentor fills in the form and the mentee confirms it. Keep confidential details out; "
                    "summarise only topics and decisions.</p>",
                ),
                ("heading", "Fields"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Match code</strong> (from the Mentor System)</li>"
                    "<li><strong>Date, length and format</strong> (face to face / online / site visit)</li>"
                    "<li><strong>Participants</strong></li>"
                    "<li><strong>Topics discussed</strong> (three at most)</li>"
                    "<li><strong>Progress towards the goal</strong> (not started / ongoing / done)</li>"
                    "<li><strong>Decisions and actions</strong> (who, what, by when)</li>"
                    "<li><strong>Resources shared</strong> (document, link, contact)</li>"
                    "<li><strong>Support needed from the secretariat</strong> (if any)</li>"
                    "<li><strong>Date of the next meeting</strong></li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Why it matters",
                        "text": (
                            "<p>Regular notes make it easier to follow the programme and, at the end, to share "
                            "what was learned with other institutions.</p>"
                        ),
                    },
                ),
            ],
            "search_description": (
                "A notes template for mentoring meetings: topics, progress, decisions, resources and next meeting."
            ),
        },
    },
    {
        "key": "feedback-form-template",
        "slug": {"tr": "form-sablonu-geri-bildirim", "en": "form-template-feedback"},
        "audience": "everyone",
        "material_type": "form_template",
        "minutes": 10,
        "material_language": "tr_en",
        "themes": [],
        "programme": None,
        "video_url": "",
        "tr": {
            "title": "Form şablonu: ara ve son geri bildirim",
            "summary": (
                "Mentor ve mentilerin süreç ortasında ve sonunda doldurduğu kısa geri bildirim formu. "
                "Sonuçlar programın izlenmesi ve geliştirilmesi için kullanılır."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Form anonim olarak değerlendirilir. Aşağıdaki ifadeler için 1 (hiç katılmıyorum) ile "
                    "5 (tamamen katılıyorum) arasında bir puan verin.</p>",
                ),
                ("heading", "Puanlanan ifadeler"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Eşleşme, ihtiyacıma ya da uzmanlığıma uygundu.</li>"
                    "<li>Hedefimiz açıktı ve süreç boyunca ona bağlı kaldık.</li>"
                    "<li>Görüşmeler kararlaştırılan takvime göre yapıldı.</li>"
                    "<li>Karşılıklı saygı, güven ve gizlilik korundu.</li>"
                    "<li>Sekretaryadan ihtiyaç duyduğum desteği aldım.</li>"
                    "<li>Öğrendiklerimi işimde kullanabiliyorum.</li>"
                    "</ul>",
                ),
                ("heading", "Açık uçlu sorular"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Bu süreçte sizin ya da kurumunuz için en somut kazanım neydi?</li>"
                    "<li>Neyi farklı yapmamızı önerirsiniz?</li>"
                    "<li>Bu deneyim başka belediyeler için iyi bir örnek olabilir mi? Nasıl paylaşılmalı?</li>"
                    "</ul>",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Formu ne zaman doldurmalıyım?",
                            "answer": (
                                "<p>Ara formu sürenin yarısında, son formu son görüşmeden sonraki bir hafta "
                                "içinde doldurun. Sekretarya size hatırlatma gönderir.</p>"
                            ),
                        },
                        {
                            "question": "Yanıtlarımı kim görür?",
                            "answer": (
                                "<p>Yalnızca Sekretarya. Raporlarda yanıtlar toplu olarak ve kimlik bilgisi "
                                "olmadan kullanılır.</p>"
                            ),
                        },
                    ],
                ),
            ],
            "search_description": (
                "Mentorluk programı için ara ve son geri bildirim formu: puanlanan ifadeler ve açık uçlu sorular."
            ),
        },
        "en": {
            "title": "Form template: mid-term and final feedback",
            "summary": (
                "A short feedback form for mentors and mentees, filled in halfway through and at the end. "
                "Results are used to follow and improve the programme."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Responses are analysed anonymously. Rate each statement from 1 (strongly disagree) to "
                    "5 (strongly agree).</p>",
                ),
                ("heading", "Rated statements"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>The match fitted my need or my expertise.</li>"
                    "<li>Our goal was clear and we stuck to it.</li>"
                    "<li>Meetings took place as scheduled.</li>"
                    "<li>Mutual respect, trust and confidentiality were kept.</li>"
                    "<li>I got the support I needed from the secretariat.</li>"
                    "<li>I can use what I learned in my work.</li>"
                    "</ul>",
                ),
                ("heading", "Open questions"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>What was the most concrete gain for you or your institution?</li>"
                    "<li>What should we do differently?</li>"
                    "<li>Could this experience be a good example for other municipalities? How should it be shared?</li>"
                    "</ul>",
                ),
                (
                    "faq",
                    [
                        {
                            "question": "When should I fill in the form?",
                            "answer": (
                                "<p>The mid-term form halfway through, the final form within a week of the last "
                                "meeting. The secretariat will send you a reminder.</p>"
                            ),
                        },
                        {
                            "question": "Who sees my answers?",
                            "answer": (
                                "<p>Only the secretariat. Reports use answers in aggregate, without "
                                "identifying details.</p>"
                            ),
                        },
                    ],
                ),
            ],
            "search_description": (
                "Mid-term and final feedback form for a mentoring programme: rated statements and open questions."
            ),
        },
    },
    {
        "key": "group-mentoring-video-lesson",
        "slug": {"tr": "video-ders-grup-mentorlugu-nasil-yurutulur", "en": "video-lesson-running-group-mentoring"},
        "audience": "mentor",
        "material_type": "video",
        "minutes": 12,
        "material_language": "tr",
        "themes": ["social_services", "hr"],
        "programme": "group",
        "video_url": "",
        "tr": {
            "title": "Video ders: grup mentorluğu nasıl yürütülür?",
            "summary": (
                "Grup mentorluğuna yeni başlayan mentorlar için 12 dakikalık kısa ders: grup yapısı, "
                "gündem, eş düzey mentorluk ve esneklik."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Bu ders, bakım elemanlarına yönelik grup mentorluk deneyimine dayanır ve sosyal hizmet "
                    "alanındaki mentorlar için hazırlanmıştır. Video dört bölümden oluşur.</p>",
                ),
                ("heading", "Bölüm 1 – Grup yapısı (3 dk)"),
                (
                    "paragraph",
                    "<p>2–3 kişilik bir mentor ekibi, 4–6 mentiden oluşan bir grupla çalışır. Mentorlar bilgi "
                    "aktaran uzmandan çok öğrenme ortağı ve kolaylaştırıcıdır.</p>",
                ),
                ("heading", "Bölüm 2 – Gündem ve yöntemler (3 dk)"),
                (
                    "paragraph",
                    "<p>Her grubun, üyelerin gelişim ihtiyaçlarından çıkan konulardan oluşan yazılı bir gündemi "
                    "olur. Sunum, rol oyunu, vaka tartışması ve grup çalışması sık kullanılan yöntemlerdir.</p>",
                ),
                ("heading", "Bölüm 3 – Eş düzey mentorluk (3 dk)"),
                (
                    "paragraph",
                    "<p>Mentiler ikişerli eşler oluşturarak birbirlerinin gelişim planlarını izler. Bu, grubu "
                    "birbirini destekleyen bir öğrenme ağına dönüştürür.</p>",
                ),
                ("heading", "Bölüm 4 – Esneklik (3 dk)"),
                (
                    "paragraph",
                    "<p>Belirli bir format izlense de gündemi grubun o günkü ihtiyacına göre uyarlamak, "
                    "öğrenmeyi ve yansıtmayı güçlendirir.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "Ders sonrası",
                        "text": (
                            "<p>Videoyu izledikten sonra kendi grubunuz için üç başlıklık bir ilk gündem taslağı "
                            "hazırlayın ve eş mentorlarınızla paylaşın.</p>"
                        ),
                    },
                ),
            ],
            "search_description": (
                "Grup mentorluğu video dersi: 2–3 mentor ile 4–6 menti, gündem, eş düzey mentorluk ve esneklik."
            ),
        },
        "en": {
            "title": "Video lesson: how to run group mentoring",
            "summary": (
                "A 12-minute lesson for mentors new to group mentoring: group structure, agenda, peer mentoring "
                "and flexibility."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>The lesson draws on group mentoring for care staff and is aimed at mentors in social "
                    "services. The video has four parts. It is in Turkish.</p>",
                ),
                ("heading", "Part 1 – Group structure (3 min)"),
                (
                    "paragraph",
                    "<p>A team of 2–3 mentors works with a group of 4–6 mentees. Mentors act less as experts "
                    "handing down knowledge and more as learning partners and facilitators.</p>",
                ),
                ("heading", "Part 2 – Agenda and methods (3 min)"),
                (
                    "paragraph",
                    "<p>Each group has a written agenda built from its members' development needs. Presentations, "
                    "role play, case discussion and group work are common methods.</p>",
                ),
                ("heading", "Part 3 – Peer mentoring (3 min)"),
                (
                    "paragraph",
                    "<p>Mentees pair up and follow each other's development plans. This turns the group into a "
                    "network of mutual support.</p>",
                ),
                ("heading", "Part 4 – Flexibility (3 min)"),
                (
                    "paragraph",
                    "<p>Even with a set format, adapting the agenda to what the group needs on the day "
                    "strengthens learning and reflection.</p>",
                ),
                (
                    "callout",
                    {
                        "title": "After the lesson",
                        "text": (
                            "<p>After watching, draft a first three-item agenda for your own group and share it "
                            "with your co-mentors.</p>"
                        ),
                    },
                ),
            ],
            "search_description": (
                "Group mentoring video lesson: 2–3 mentors with 4–6 mentees, agenda, peer mentoring and flexibility."
            ),
        },
    },
    {
        "key": "programme-cycle-guide",
        "slug": {"tr": "rehber-mentorluk-programi-dongusu", "en": "guide-mentoring-programme-cycle"},
        "audience": "secretariat",
        "material_type": "guide",
        "minutes": 25,
        "material_language": "tr_en",
        "themes": ["hr"],
        "programme": None,
        "video_url": "",
        "tr": {
            "title": "Rehber: bir mentorluk programı döngüsünü planlamak",
            "summary": (
                "Litvanya'daki kurum içi mentorluk uygulamalarından derlenen adımlarla, bir program döneminin "
                "başından sonuna nasıl planlanacağını anlatan rehber."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Mentorluk, daha deneyimli bir kişinin bilgisini, deneyimini ve desteğini daha az deneyimli "
                    "biriyle paylaştığı, karşılıklı güvene dayalı bir ilişkidir. Kurumlar bu ilişkiyi yetenek "
                    "geliştirme, görev devri ve çalışan bağlılığı gibi somut sorunlara odaklamak için programlar kurar.</p>",
                ),
                ("heading", "Döngünün adımları"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Mentor ekibinin eğitimi:</strong> rol, sınırlar, geri bildirim verme ve alma.</li>"
                    "<li><strong>Mentilerin hazırlanması:</strong> beklentileri netleştirme ve hedef belirleme.</li>"
                    "<li><strong>Açılış etkinliği:</strong> tarafların tanışması ve kuralların birlikte kabulü.</li>"
                    "<li><strong>Ara buluşmalar ve süpervizyon:</strong> ilerlemenin, başarıların ve zorlukların "
                    "konuşulduğu oturumlar.</li>"
                    "<li><strong>Kapanış etkinliği:</strong> kazanımların paylaşılması ve değerlendirme.</li>"
                    "</ul>",
                ),
                ("heading", "Kime ne kazandırır?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Kurum:</strong> kilit görevler için yetenekleri bilinçli olarak yetiştirir; "
                    "çalışanlar değer gördüğünü hisseder ve kurumda kalır.</li>"
                    "<li><strong>Ekip:</strong> farklı yaş, eğitim ve geçmişten insanlar birlikte çalışmayı öğrenir.</li>"
                    "<li><strong>Kişi:</strong> mentor geri bildirim vermeyi öğrenir; menti kişisel ve mesleki "
                    "hedeflerini netleştirir. Başarı ve zorlukların paylaşılması stresi ve tükenmişlik riskini azaltır.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Belediyeler arası programa uyarlama",
                        "text": (
                            "<p>Birliğin programında açılış ve ara buluşmalar, yönetmelikte öngörülen ağ kurma "
                            "etkinlikleriyle birleştirilebilir; kapanıştaki deneyimler de Birliğin kapasite "
                            "geliştirme etkinliklerine aktarılır.</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "Görüşmede konuşacak bir şey kalmadığında ne yapılmalı?",
                            "answer": (
                                "<p>Hedefe geri dönün: son görüşmeden bu yana ne değişti, neyi denediniz, ne "
                                "zorladı? Menti bir örnek olay getirebilir ya da mentor kendi kariyerinden bir "
                                "karar anını anlatabilir.</p>"
                            ),
                        },
                        {
                            "question": "Mentor ve menti programdan ne bekler?",
                            "answer": (
                                "<p>Beklentiler çoğu zaman farklıdır. Açılışta iki tarafa da beklentilerini "
                                "yazdırın ve ilk görüşmede karşılaştırmalarını isteyin.</p>"
                            ),
                        },
                    ],
                ),
            ],
            "search_description": (
                "Sekretarya rehberi: mentor eğitimi, menti hazırlığı, açılış, ara buluşmalar ve kapanışla bir "
                "program döngüsü."
            ),
        },
        "en": {
            "title": "Guide: planning a mentoring programme cycle",
            "summary": (
                "A guide to planning one programme round from start to finish, using steps drawn from "
                "organisational mentoring practice in Lithuania."
            ),
            "body": [
                (
                    "paragraph",
                    "<p>Mentoring is a relationship built on mutual trust, in which a more experienced person shares "
                    "knowledge, experience and support with a less experienced one. Organisations set up programmes "
                    "to aim that relationship at concrete issues such as developing talent, succession and staff engagement.</p>",
                ),
                ("heading", "Steps in the cycle"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Training the mentor team:</strong> role, boundaries, giving and receiving feedback.</li>"
                    "<li><strong>Preparing mentees:</strong> clarifying expectations and setting goals.</li>"
                    "<li><strong>Kick-off event:</strong> participants meet and agree the ground rules together.</li>"
                    "<li><strong>Interim meetings and supervision:</strong> sessions to discuss progress, successes "
                    "and difficulties.</li>"
                    "<li><strong>Closing event:</strong> sharing results and evaluating the round.</li>"
                    "</ul>",
                ),
                ("heading", "Who gains what?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><strong>Organisation:</strong> develops talent for key roles on purpose; staff feel valued "
                    "and are more likely to stay.</li>"
                    "<li><strong>Team:</strong> people of different ages, education and backgrounds learn to work together.</li>"
                    "<li><strong>Individual:</strong> the mentor learns to give feedback; the mentee sharpens personal "
                    "and professional goals. Talking through successes and setbacks lowers stress and the risk of burnout.</li>"
                    "</ul>",
                ),
                (
                    "callout",
                    {
                        "title": "Adapting it to an inter-municipal programme",
                        "text": (
                            "<p>In the Union's programme, kick-off and interim meetings can be combined with the "
                            "networking events foreseen in the regulation, and lessons from the close feed into "
                            "the Union's capacity-building activities.</p>"
                        ),
                    },
                ),
                (
                    "faq",
                    [
                        {
                            "question": "What if a meeting seems to run out of things to talk about?",
                            "answer": (
                                "<p>Go back to the goal: what has changed since last time, what did you try, what "
                                "was hard? The mentee can bring a case, or the mentor can describe a decision point "
                                "from their own career.</p>"
                            ),
                        },
                        {
                            "question": "What do mentors and mentees expect from the programme?",
                            "answer": (
                                "<p>Often different things. At the kick-off, ask both sides to write down their "
                                "expectations and compare them at the first meeting.</p>"
                            ),
                        },
                    ],
                ),
            ],
            "search_description": (
                "A secretariat guide to one programme cycle: mentor training, mentee preparation, kick-off, "
                "interim meetings and close."
            ),
        },
    },
]
