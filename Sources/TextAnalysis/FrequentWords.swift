/// About 10,000 frequent English words of four letters or more (from word-frequency data).
/// An answer word on this list is taken as written: it matches a pattern word exactly or by
/// stem, never as a typo ("falls" is not "false", "lower" is not "power", "move" is not "more").
extension Lexicon {
    static let frequentWords: Set<String> = Set("""
        aaron abandon abandoned abbey abbott abdul aberdeen abilities ability able abnormal aboard aboriginal abortion \
        about above abraham abroad absence absent absolute absolutely absorb absorbed absorption abstract absurd \
        abundance abundant abuse abused abuses abusive academic academics academy accelerate accelerated acceleration \
        accent accept acceptable acceptance accepted accepting accepts access accessed accessible accessories accident \
        accidental accidentally accidents acclaimed accommodate accommodation accompanied accompany accompanying \
        accomplish accomplished accomplishment accomplishments accord accordance according accordingly account \
        accountability accountable accountant accounted accounting accounts accredited accumulated accuracy accurate \
        accurately accusations accuse accused accusing achieve achieved achievement achievements achieving acid acids \
        acknowledge acknowledged acne acoustic acquire acquired acquiring acquisition acquisitions acre acres across \
        acted acting action actions activate activated activation active actively activism activist activists \
        activities activity actor actors actress acts actual actually acute adam adams adapt adaptation adapted added \
        addict addicted addiction adding addition additional additionally additions address addressed addresses \
        addressing adds adelaide adequate adjacent adjust adjusted adjusting adjustment adjustments admin administered \
        administration administrative administrator administrators admiral admire admired admission admissions admit \
        admits admitted admitting adopt adopted adopting adoption adorable adore adrian adult adults advance advanced \
        advancement advances advancing advantage advantages advent adventure adventures adverse advertise advertised \
        advertisement advertisements advertising advice advise advised adviser advisor advisory advocacy advocate \
        advocates aerial aerospace aesthetic affair affairs affect affected affecting affection affects affiliate \
        affiliated afford affordable afghan afghanistan afraid africa african africans after aftermath afternoon \
        afterward afterwards again against aged agencies agency agenda agent agents ages aggregate aggression \
        aggressive aging agree agreed agreeing agreement agreements agrees agricultural agriculture ahead ahmed aide \
        aided aids aimed aiming aims airborne aircraft aired airline airlines airplane airport airports airways aisle \
        akin alabama alan alarm alas alaska albany albeit albert alberta album albums alcohol alcoholic alert alex \
        alexander alexandria alexis alfred algebra algorithm algorithms alice alien aliens aligned alignment alike \
        alison alive allah allan allegations alleged allegedly allegiance allen allergic alley alliance allied allies \
        allison allocated allocation allow allowance allowed allowing allows ally almighty almost alone along \
        alongside alot alpha alphabet already alright also altar alter altered alternate alternative alternatively \
        alternatives although altitude altogether aluminium aluminum alumni always amanda amateur amazed amazing \
        amazon ambassador amber ambition ambitious ambulance amen amended amendment amendments america american \
        americans americas amid amino ammunition among amongst amount amounts ample amsterdam amusement amusing anal \
        analog analogy analyses analysis analyst analysts analytical analytics analyze analyzed analyzing anatomy \
        ancestors anchor ancient anderson andre andrea andrew andrews android andy angel angela angeles angels anger \
        angle angles anglo angry animal animals animated animation anime ankle anna anne annie anniversary announce \
        announced announcement announcements announces announcing annoyed annoying annual annually anonymous another \
        answer answered answering answers antenna anthem anthony anti antibiotics anticipate anticipated anticipation \
        antique antonio ants anxiety anxious anybody anymore anyone anything anytime anyway anyways anywhere apart \
        apartment apartments apex apocalypse apollo apologies apologise apologize apology apparatus apparel apparent \
        apparently appeal appealed appealing appeals appear appearance appearances appeared appearing appears appetite \
        applause apple apples appliances applicable applicants application applications applied applies apply applying \
        appoint appointed appointment appointments appreciate appreciated appreciation apprentice approach approached \
        approaches approaching appropriate appropriately approval approve approved approximately apps april arab \
        arabia arabic arabs arbitrary arbitration arcade arch archaeological archbishop archer architect architects \
        architectural architecture archive archives arctic area areas arena argentina arguably argue argued argues \
        arguing argument arguments arise arising arizona arkansas arlington armed armies armor armour arms armstrong \
        army arnold arose around arrange arranged arrangement arrangements array arrest arrested arrests arrival \
        arrive arrived arrives arriving arrogant arrow arrows arsenal arthur article articles artifacts artificial \
        artillery artist artistic artists arts artwork asap ashamed ashes ashley ashton asia asian aside asked asking \
        asks asleep aspect aspects aspirations assassin assassination assault assaulted assembled assembly asses \
        assess assessed assessing assessment assessments asset assets asshole assholes assign assigned assignment \
        assignments assist assistance assistant assistants assisted assisting assists associate associated associates \
        association associations assume assumed assumes assuming assumption assumptions assurance assure assured \
        asthma aston astonishing asylum athens athlete athletes athletic athletics atlanta atlantic atlas atmosphere \
        atmospheric atom atomic atoms attach attached attachment attack attacked attacking attacks attempt attempted \
        attempting attempts attend attendance attended attending attention attitude attitudes attorney attorneys \
        attract attracted attracting attraction attractions attractive attribute attributed attributes auburn auckland \
        auction audi audience audiences audio audit audition august aunt aurora austin australia australian austria \
        austrian authentic author authorities authority authorization authorized authors autism auto automated \
        automatic automatically automation automobile automotive autonomous autonomy autumn auxiliary availability \
        available avatar avengers avenue average averaged averaging aviation avoid avoided avoiding awaiting awake \
        awakening award awarded awards aware awareness away awesome awful awhile awkward axis babe babies baby \
        bachelor back backed background backgrounds backing backlash backpack backs backup backward backwards backyard \
        bacon bacteria bacterial badass badge badly baggage bags bail bailey bait bake baked baker bakery baking \
        balance balanced balancing balcony bald baldwin bali ball ballet balloon balloons ballot balls baltimore \
        banana bananas band bands bang bangalore banging bangkok bangladesh bank banker bankers banking bankrupt \
        bankruptcy banks banned banner banning bans baptist barack barbara barber barcelona bare barely bargain bark \
        barn barnes baron barracks barred barrel barrels barrier barriers barry bars bart base baseball based baseline \
        basement bases bash basic basically basics basin basis basket basketball bass bastard batch bath bathing \
        bathroom bathrooms baths batman bats battalion batteries battery batting battle battlefield battles battling \
        bayern beach beaches beacon beads beam beams bean beans bear beard bearing bears beast beasts beat beaten \
        beating beatles beats beautiful beautifully beauty became because beck become becomes becoming bedroom \
        bedrooms beds beef been beer beers bees before began begging begin beginning begins begun behalf behave \
        behavior behavioral behaviors behaviour behind behold beijing being beings belfast belgian belgium belief \
        beliefs believe believed believer believers believes believing bell bella belle bells belly belong belonged \
        belonging belongs beloved below belt belts bench bend bending beneath benedict beneficial benefit benefited \
        benefits bengal benjamin bennett bent berkeley berlin bernard bernie berry beside besides best beta beth \
        betrayal betrayed bets better betting betty between beverage beverly beware beyond bias biased bible biblical \
        bibliography bicycle bidding biden bids bieber bigger biggest bike bikes bikini bilateral bill billboard \
        billion billionaire billions bills billy binary bind binding bingo biography biological biology bird birds \
        birmingham birth birthday bisexual bishop bishops bitch bitches bitcoin bite bites biting bits bitter bizarre \
        black blacks blade blades blah blair blake blame blamed blaming blank blanket blankets blast blaze bleed \
        bleeding blend bless blessed blessing blessings blew blind blink bliss block blockchain blocked blocking \
        blocks blog blogger bloggers blogging blogs blonde blood bloody bloom blow blowing blown blows blue blues \
        bluetooth blunt board boarding boards boat boats bobby bodies bodily body boeing boil boiled boiler boiling \
        bold bolt bomb bomber bombers bombing bombs bond bonding bonds bone bones bonnie bonus bonuses boobs book \
        booked booking books boom boost boot booth boots border borders bore bored boring boris born borne borough \
        borrow borrowed borrowing boss bosses boston both bother bothered bottle bottles bottom bought boulder \
        boulevard bounce bound boundaries boundary bounds bounty bout bowl bowling bowls boxer boxes boxing boycott \
        boyd boyfriend boys brace bracelet bracket brad bradford bradley brady brain brains brake brakes branch \
        branches brand branded branding brandon brands brass brave bravo brazil brazilian breach bread break breakdown \
        breakfast breaking breaks breakthrough breast breasts breath breathe breathing bred breed breeding breeds \
        breeze brendan brent brett brewery brewing brexit brian brick bricks bride bridge bridges brief briefing \
        briefly brigade bright brighter brighton brilliant bring bringing brings brisbane bristol britain british \
        broad broadband broadcast broadcasting broader broadly broadway brock broke broken broker brokers broncos \
        bronze brook brooke brooklyn brooks bros brother brotherhood brothers brought brown browns browser bruce bruno \
        brush brussels brutal bryan bryant bubble bubbles buck bucket bucks buddha buddhist buddies buddy budget \
        budgets buffalo buffer bugs build builder builders building buildings builds built bulb bulgaria bulgarian \
        bulk bull bullet bulletin bullets bullied bulls bullshit bully bullying bump bumper bunch bundle bunker bunny \
        burden bureau burger burgers burial buried burke burn burned burning burns burnt burst burton bury buses bush \
        business businesses businessman bust busted busy butcher butler butt butter butterflies butterfly button \
        buttons buyer buyers buying buys buzz bypass byron cabin cabinet cable cables caesar cafe caffeine cage cairo \
        cake cakes calcium calculate calculated calculation calculations calendar calf calgary calif california call \
        called calling calls calm calories calvin cambodia cambridge came camera cameras cameron camp campaign \
        campaigns campbell camping camps campus canada canadian canadians canal cancel canceled cancellation cancelled \
        cancer candidate candidates candle candles candy cane cannabis cannon cannot canon cans cant canterbury canvas \
        canyon capabilities capability capable capacity cape capita capital capitalism capitalist capitol capped caps \
        capsule capt captain caption captive capture captured captures capturing carbon card cardboard cardiac cardiff \
        cardinal cardinals cardiovascular cards care cared career careers careful carefully cares carey cargo \
        caribbean caring carl carlo carlos carlton carnival carol carolina caroline carpenter carpet carr carriage \
        carrie carried carrier carriers carries carroll carry carrying cars carson cart carter cartoon cartoons carved \
        case cases casey cash casino cast casting castle castro casual casually casualties catalog catalogue catalyst \
        catch catches catching categories category cathedral catherine catholic catholics cats cattle caught cause \
        caused causes causing caution cautious cavalry cave caves cease ceased cedar ceiling celebrate celebrated \
        celebrates celebrating celebration celebrations celebrities celebrity cell cells cellular celtic cement \
        cemetery censorship census cent center centered centers central centre centres cents centuries century ceramic \
        cereal ceremonies ceremony certain certainly certainty certificate certificates certification certified chad \
        chain chains chair chairman chairs chalk challenge challenged challenger challenges challenging chamber \
        chambers champ champagne champion champions championship championships chan chance chancellor chances chandler \
        chang change changed changes changing channel channels chaos chaotic chapel chapman chapter chapters character \
        characteristic characteristics characterized characters charge charged chargers charges charging charitable \
        charities charity charles charleston charlie charlotte charm charming chart charter chartered charts chase \
        chased chasing chat chatting cheap cheaper cheapest cheat cheated cheating check checked checking checks cheek \
        cheeks cheer cheering cheers cheese chef chelsea chemical chemicals chemistry chen cherry chess chest chester \
        chew chic chicago chick chicken chickens chicks chief chiefs child childhood childish children chile chili \
        chill chilling chin china chinese chip chips chloe chocolate choice choices choir choke cholesterol choose \
        chooses choosing chop chopped chorus chose chosen chris christ christian christianity christians christie \
        christina christine christmas christopher chrome chronic chronicle chuck church churches churchill cigarette \
        cigarettes cincinnati cinema cinnamon circle circles circuit circuits circular circulation circumstance \
        circumstances circus citation cite cited cities citing citizen citizens citizenship city civic civil civilian \
        civilians civilization claim claimed claiming claims claire clan clara clarence clarify clarity clark clarke \
        clash class classes classic classical classics classification classified classroom classrooms classy claude \
        clause clay clayton clean cleaned cleaner cleaning clear clearance cleared clearer clearing clearly clergy \
        clerk cleveland clever click clicking clicks client clients cliff clifford cliffs climate climb climbed \
        climbing clinic clinical clinics clinton clip clips clock clone close closed closely closer closes closest \
        closet closing closure cloth clothes clothing cloud clouds clown club clubs clue clues cluster clusters clutch \
        clyde coach coaches coaching coal coalition coast coastal coaster coat coated coating coats cocaine cock \
        cocktail coconut code codes coding cody coffee coffin cognitive cohen coil coin coincidence coins coke cola \
        cold cole coleman colin collaboration collaborative collapse collapsed collar collateral colleague colleagues \
        collect collected collecting collection collections collective collectively collector collectors college \
        colleges collins collision colombia colonel colonial colonies colony color colorado colored colorful colors \
        colour coloured colours columbia columbus column columns coma combat combination combinations combine combined \
        combines combining combo come comeback comedian comedy comes comfort comfortable comfortably comic comics \
        coming command commanded commander commanders commanding commands commenced comment commentary commentator \
        commentators commented commenting comments commerce commercial commercially commercials commission \
        commissioned commissioner commissioners commissions commit commitment commitments committed committee \
        committees committing commodities commodity common commonly commons commonwealth communal communicate \
        communicating communication communications communism communist communists communities community comp compact \
        companies companion companions company comparable comparative compare compared compares comparing comparison \
        comparisons compass compassion compatible compelled compelling compensate compensation compete competent \
        competing competition competitions competitive competitor competitors compilation compiled complain complained \
        complaining complaint complaints complement complete completed completely completing completion complex \
        complexity compliance complicated complications compliment compliments comply component components composed \
        composer composite composition compound compounds comprehend comprehensive compression comprised comprises \
        comprising compromise compromised compulsory computer computers computing concealed conceived concentrate \
        concentrated concentration concentrations concept conception concepts concern concerned concerning concerns \
        concert concerts conclude concluded concludes conclusion conclusions concrete condemn condemned condition \
        conditioning conditions conduct conducted conducting conductor cone confederate conference conferences confess \
        confessed confession confidence confident confidential configuration confined confirm confirmation confirmed \
        confirming confirms conflict conflicts confront confrontation confronted confuse confused confusing confusion \
        congestion congo congrats congratulations congregation congress congressional congressman conjunction connect \
        connected connecticut connecting connection connections connects connor conquer conquered conquest cons \
        conscience conscious consciousness consecutive consensus consent consequence consequences consequently \
        conservation conservative conservatives consider considerable considerably consideration considerations \
        considered considering considers consist consisted consistency consistent consistently consisting consists \
        console consolidated consolidation consortium conspiracy constable constant constantly constituency \
        constituents constitute constitutes constitution constitutional constraints construct constructed construction \
        constructive consult consultant consultants consultation consulting consume consumed consumer consumers \
        consuming consumption contact contacted contacts contain contained container containers containing contains \
        contaminated contamination contemporary contempt content contention contents contest contested contests \
        context continent continental contingent continually continuation continue continued continues continuing \
        continuity continuous continuously contract contracted contractor contractors contracts contrary contrast \
        contribute contributed contributes contributing contribution contributions contributor contributors control \
        controlled controller controllers controlling controls controversial controversy convenience convenient \
        convention conventional conventions conversation conversations conversion convert converted converting convey \
        convicted conviction convictions convince convinced convincing convoy cook cooked cookie cookies cooking cool \
        cooler cooling cooper cooperate cooperation cooperative coordinate coordinated coordinates coordination \
        coordinator cope copenhagen copied copies coping copper cops copy copying copyright coral cord core corey cork \
        corn cornell corner corners cornwall corp corporate corporation corporations corps corpse correct corrected \
        correction corrections correctly correlation correspondence correspondent corresponding corridor corrupt \
        corruption cosmetic cosmetics cosmic cost costa costing costly costs costume costumes cottage cotton couch \
        cough could council councillor councils counsel counseling counselor count countdown counted counter \
        counterpart counterparts counties counting countless countries country countryside counts county coup couple \
        coupled couples coupon courage courier course courses court courtesy courtney courts cousin cousins covenant \
        cover coverage covered covering covers covid coward cowboy cowboys cows crab crack cracked cracking cracks \
        craft crafts craig crane crap crash crashed crashes crashing crawford crawl crazy cream create created creates \
        creating creation creative creativity creator creators creature creatures credentials credibility credible \
        credit credited creditors credits creed creek creep creepy crew crews cricket cried cries crime crimes \
        criminal criminals crisis crisp criteria critic critical critically criticised criticism criticisms criticized \
        critics critique croatia crop crops cross crossed crosses crossing crossover crow crowd crowded crowds crown \
        crucial crude cruel cruelty cruise crunch crush crushed crushing crust cruz crying crystal crystals cuba cuban \
        cube cubic cubs cuisine cult cultural culture cultures cunt cups curb cure cured curiosity curious currency \
        current currently curriculum curry curse cursed curtain curtains curtis curve curved curves custody custom \
        customer customers customs cute cuts cutter cutting cyber cycle cycles cycling cyclists cylinder cyprus cyrus \
        czech daddy daily dairy daisy dakota dale dallas damage damaged damages damaging dame dammit damn damned damon \
        dana dance danced dancer dancers dances dancing danger dangerous dangers daniel daniels danish danny dare \
        daring dark darker darkness darling darren darwin dash data database date dated dates dating daughter \
        daughters dave david davidson davies davis dawn dawson daylight days daytime dead deadline deadly deaf deal \
        dealer dealers dealing deals dealt dean dear death deaths debate debates debating debbie debris debt debts \
        debut decade decades decay deceased december decent decide decided decides deciding decision decisions \
        decisive deck declaration declare declared declares declaring decline declined declining decorated decoration \
        decorations decorative decrease decreased decreasing decree dedicated dedication deed deeds deemed deep deeper \
        deepest deeply deer default defeat defeated defeats defect defects defence defend defendant defendants \
        defended defender defenders defending defense defenses defensive deficit define defined defines defining \
        definite definitely definition definitions definitive degree degrees delaware delay delayed delays delegate \
        delegates delegation delete deleted delhi deliberate deliberately delicate delicious delight delighted \
        delightful deliver delivered deliveries delivering delivers delivery dell delta deluxe demand demanded \
        demanding demands dementia demise demo democracy democrat democratic democrats demographic demon demons \
        demonstrate demonstrated demonstrates demonstrating demonstration demonstrations dems denial denied denies \
        denmark dennis dense density dent dental dentist denver deny denying depart departed department departments \
        departure depend dependence dependent depending depends depicted deploy deployed deployment deposit deposits \
        depot depressed depressing depression deprived dept depth depths deputies deputy derby derek derived \
        descendants descended descent describe described describes describing description descriptions desert deserve \
        deserved deserves design designated designation designed designer designers designing designs desirable desire \
        desired desires desk desktop despair desperate desperately despite dessert destination destinations destined \
        destiny destroy destroyed destroying destroys destruction destructive detached detail detailed details \
        detained detect detected detection detective detectives detector detention determination determine determined \
        determines determining detroit deutsche devastated devastating develop developed developer developers \
        developing development developmental developments develops device devices devil devils devon devoted devotion \
        diabetes diagnosed diagnosis diagnostic diagram dial dialogue diameter diamond diamonds diana diane diary dice \
        dick dictator dictionary didnt died diego dies diesel diet dietary diets differ difference differences \
        different differential differently differs difficult difficulties difficulty digest digging digit digital \
        digits dignity dilemma dime dimension dimensional dimensions diminished dining dinner dinosaur dinosaurs \
        dioxide diploma diplomacy diplomat diplomatic dire direct directed directing direction directions directive \
        directly director directors directory dirt dirty disabilities disability disabled disadvantage disagree \
        disagreement disappear disappearance disappeared disappears disappoint disappointed disappointing \
        disappointment disaster disasters disastrous disc discharge discharged disciples disciplinary discipline \
        disciplines disclose disclosed disclosure disco discount discounts discourse discover discovered discoveries \
        discovering discovery discretion discrimination discuss discussed discusses discussing discussion discussions \
        disease diseases disgrace disguise disgusting dish dishes disk dislike dismiss dismissal dismissed disney \
        disorder disorders dispatch displaced display displayed displaying displays disposal dispute disputed disputes \
        disregard disruption dissertation dissolved distance distances distant distinct distinction distinctive \
        distinguish distinguished distract distracted distraction distress distribute distributed distribution \
        distributor district districts disturbed disturbing ditch dive diverse diversity divide divided dividend \
        dividends divine diving division divisions divorce divorced dixon dock doctor doctors doctrine document \
        documentary documentation documented documents dodge dodgers does doesnt dogs doin doing doll dollar dollars \
        dolls dolphin dolphins domain domains dome domestic dominance dominant dominate dominated domination dominion \
        donald donate donated donation donations done dong donna donor donors dont doom doomed door doors dope dorothy \
        dose doses dots double doubled doubles doubt doubts doug dough douglas dove down downhill download downloaded \
        downloading downs downstairs downtown downward doyle dozen dozens draft drafted drafting drag dragged dragging \
        dragon dragons drain drainage drained drake drama dramatic dramatically drank draw drawer drawing drawings \
        drawn draws dreadful dream dreamed dreaming dreams dress dressed dresses dressing drew dried drift drill \
        drilling drink drinking drinks drive driven driver drivers drives driving drone drones drop dropped dropping \
        drops drought drove drown drowned drowning drug drugs drum drummer drums drunk drunken drying dual dubai \
        dubbed dublin duchess duck ducks dude dudes duke dull dumb dump dumped dumping duncan dunn dunno durable \
        duration durham during dust dusty dutch duties duty dwarf dwelling dwight dying dylan dynamic dynamics dynasty \
        each eager eagle eagles earl earlier earliest early earn earned earnest earning earnings ears earth earthquake \
        ease easier easiest easily east easter eastern easy eaten eating eats ebay ebook echo eclipse ecological \
        ecology economic economically economics economies economist economists economy ecosystem eddie eden edgar edge \
        edges edinburgh edit edited editing edition editions editor editorial editors educate educated education \
        educational educators edward edwards effect effective effectively effectiveness effects efficacy efficiency \
        efficient efficiently effort efforts eggs egypt egyptian eight eighteen eighth eighty einstein either \
        elaborate elbow elder elderly elders eldest eleanor elect elected election elections electoral electric \
        electrical electricity electron electronic electronics elegant element elementary elements elena elephant \
        elephants elevated elevation elevator eleven eligibility eligible eliminate eliminated eliminating elimination \
        elite elizabeth ellen elliot elliott ellis else elsewhere elvis email emails embarrassed embarrassing \
        embarrassment embassy embedded embrace embraced embracing emerge emerged emergence emergency emerging emily \
        emirates emission emissions emma emmy emotion emotional emotionally emotions empathy emperor emphasis \
        emphasize emphasized empire employ employed employee employees employer employers employing employment employs \
        empty enable enabled enables enabling enacted enclosed encounter encountered encounters encourage encouraged \
        encouragement encourages encouraging endangered ended ending endless endorsed endorsement ends endurance \
        endure enduring enemies enemy energetic energy enforce enforced enforcement engage engaged engagement engaging \
        engine engineer engineered engineering engineers engines england english enhance enhanced enjoy enjoyable \
        enjoyed enjoying enjoyment enjoys enlightenment enlisted enormous enough enrolled enrollment ensemble ensure \
        ensuring enter entered entering enterprise enterprises enters entertain entertaining entertainment enthusiasm \
        enthusiastic entire entirely entirety entities entitled entity entrance entrepreneur entrepreneurs entries \
        entry envelope environment environmental environments envy enzyme epic epidemic episode episodes equal \
        equality equally equals equation equations equipment equipped equity equivalent erase erected eric erik erin \
        ernest erotic error errors escape escaped escaping escort especially espn essay essays essence essential \
        essentially essex establish established establishing establishment establishments estate estates esteem \
        estimate estimated estimates eternal eternity ethan ethical ethics ethiopia ethnic ethnicity eugene euro \
        europe european europeans euros evacuated evacuation evaluate evaluated evaluating evaluation evan evans even \
        evening event events eventual eventually ever everton every everybody everyday everyone everything everytime \
        everywhere evidence evident evil evolution evolutionary evolve evolved evolving exact exactly exaggerated exam \
        examination examine examined examining example examples exams exceed exceeded excel excellence excellent \
        except exception exceptional exceptionally exceptions excess excessive exchange exchanged exchanges excited \
        excitement exciting exclude excluded excluding exclusion exclusive exclusively excuse excuses execute executed \
        execution executive executives exempt exercise exercises exercising exhaust exhausted exhibit exhibited \
        exhibition exhibitions exhibits exile exist existed existence existing exists exit exodus exotic expand \
        expanded expanding expansion expect expectation expectations expected expecting expects expedition expelled \
        expenditure expense expenses expensive experience experienced experiences experiencing experiment experimental \
        experiments expert expertise experts expired explain explained explaining explains explanation explanations \
        explicit explicitly explode exploded exploit exploitation exploited exploration explore explored explorer \
        exploring explosion explosions explosive explosives export exports expose exposed exposing exposure express \
        expressed expressing expression expressions extend extended extending extends extension extensions extensive \
        extensively extent exterior external extinct extinction extra extract extracted extraction extraordinary \
        extreme extremely eyebrows eyed eyes fabric fabulous face facebook faced faces facial facilitate facilities \
        facility facing fact faction factions factor factories factors factory facts faculty fade faded fail failed \
        failing fails failure failures faint fair fairly fairness fairy faith faithful fake falcon fall fallen falling \
        fallout falls false fame familiar families family famous fancy fans fantastic fantasy fare farewell farm \
        farmer farmers farming farms farther fascinating fascist fashion fashioned fast faster fastest fatal fate \
        father fathers fatigue fatty fault faults favor favorable favored favorite favorites favors favour favourite \
        fear feared fears feasible feast feat feather feathers feature featured features featuring february federal \
        federation feed feedback feeding feeds feel feeling feelings feels fees feet felix fell fellow fellows \
        fellowship felony felt female females feminine feminism feminist fence ferguson fernando ferrari ferry \
        fertility fest festival festivals fever fewer fiber fibre fiction fictional field fields fierce fifa fifteen \
        fifth fifty fight fighter fighters fighting fights figure figured figures figuring file filed files filing \
        filipino fill filled filling fills film filmed filming films filter filters filthy final finale finally finals \
        finance financed finances financial financially financing find finding findings finds fine fined fines finest \
        finger fingers finish finished finishes finishing finite finland finn finnish fire firearm firearms fired \
        fires fireworks firing firm firmly firms first firstly fiscal fish fisher fisheries fishing fist fitness fits \
        fitted fitting five fixed fixing fixture fixtures flag flags flagship flame flames flash flashing flat flats \
        flavor flavour flawed flaws fled flee fleet flesh fletcher flew flex flexibility flexible flies flight flights \
        flint flip float floating flock flood flooded flooding floods floor floors flora floral florence florida flour \
        flow flower flowers flowing flown flows floyd fluid fluids flush flyers flying flynn foam focal focus focused \
        focuses focusing foil fold folded folder folding folk folks follow followed followers following follows fond \
        font food foods fool foolish fools foot footage football footballer footsteps forbes forbid forbidden force \
        forced forces forcing ford forecast forehead foreign foreigners foremost forensic forest forestry forests \
        forever forge forged forget forgetting forgive forgiven forgiveness forgot forgotten fork form formal formally \
        format formation formats formed former formerly forming forms formula fort forth forthcoming fortress \
        fortunate fortunately fortune forty forum forums forward forwards fossil foster fought foul found foundation \
        foundations founded founder founders founding fountain four fourteen fourth fraction fracture fragile \
        fragments frame framed frames framework france frances franchise francis francisco franco frank franklin \
        frankly fraser fraud freak freaking fred freddie frederick free freed freedom freelance freely freeman \
        freestyle freeze freezer freezing freight french frequencies frequency frequent frequently fresh freshman \
        friction friday fridge fried friend friendly friends friendship friendships fries frightened frightening \
        fringe frog from front frontier frost frozen fruit fruits frustrated frustrating frustration fuck fucked \
        fucker fuckin fucking fucks fuel fuels fulfill fulfilled fulfilling full fuller fully function functional \
        functionality functioning functions fund fundamental fundamentally funded funding fundraising funds funeral \
        funk funny furious furniture further furthermore fury fusion future futures gabriel gain gained gaining gains \
        gala galaxy galleries gallery gallon gamble gambling game gameplay games gaming gamma gandhi gang gangs gaps \
        garage garbage garcia garden gardening gardens gardner garlic garrett garrison gary gases gasoline gate gates \
        gateway gather gathered gathering gauge gave gavin gays gaza gaze gear gears gems gender gene general \
        generally generals generate generated generates generating generation generations generator generic generous \
        genes genesis genetic genetically genetics geneva genius genocide genome genre genres gentle gentleman \
        gentlemen gently genuine genuinely genus geographic geographical geography geological geology geometry george \
        georgia gerald gerard german germans germany gesture gets gettin getting ghana ghetto ghost ghosts giant \
        giants gibson gift gifted gifts gilbert ginger girl girlfriend girlfriends girls give given gives giving glad \
        gladly glance glasgow glass glasses glen glenn glimpse global globally globe gloria glorious glory glove \
        gloves glow glowing glucose glue goal goalkeeper goals goat goats goddamn goddess gods goes goin going gold \
        golden golf gone gonna good goodbye goodness goods goodwill google goose gordon gore gorgeous gosh gospel \
        gossip gotta gotten govern governance governed governing government governmental governments governor \
        governors govt gown grab grabbed grabbing grabs grace grade grades gradual gradually graduate graduated \
        graduates graduating graduation graham grain grains gram grammar grammy grams grand grandchildren grande \
        grandfather grandma grandmother grandpa grandparents grandson granite grant granted granting grants grape \
        grapes graph graphic graphics grasp grass grateful gratitude grave gravel graves gravity gray grease great \
        greater greatest greatly greatness greece greed greedy greek greeks green greene greenhouse greens greet \
        greeted greeting greetings greg gregory grew grey grid grief griffin grill grilled grim grind grinding grip \
        groceries grocery groove gross ground grounded grounds group groups grove grow growing grown grows growth \
        guarantee guaranteed guarantees guard guardian guardians guards guess guessed guessing guest guests guidance \
        guide guided guidelines guides guiding guild guilt guilty guinea guitar gulf guns guru guts guys habit habitat \
        habits hack hacked hacker hackers hacking haha hahaha hail hair haircut haired hairs hairy haiti half halfway \
        hall halloween halls hallway halo halt hamilton hammer hammond hampshire hand handbook handed handful handing \
        handle handled handles handling hands handsome handy hang hanging hangs hank hannah hans happen happened \
        happening happens happier happily happiness happy harassment harbor harbour hard hardcore harder hardest \
        hardly hardware hardy hare harley harm harmful harmless harmony harness harold harper harris harrison harry \
        harsh hart harvard harvest harvey hashtag hassan hastings hatch hate hated hates hating hatred hats haul \
        haunted have haven having hawaii hawaiian hawk hawks hayes hazard hazardous head headache headaches headed \
        header heading headline headlines headphones headquarters heads heal healed healing health healthcare \
        healthier healthy hear heard hearing hearings hears heart heartbeat hearted hearts heat heated heath heather \
        heating heaven heavenly heavens heavier heavily heavy hebrew heck hedge heel heels height heights heir held \
        helen helicopter helicopters hell hello helmet help helped helpful helping helpless helps hemisphere hence \
        henderson henry herald herb herbert herd here herein heritage hero heroes heroic heroin hers herself hesitate \
        hidden hide hides hiding hierarchy high higher highest highland highlight highlighted highlighting highlights \
        highly highway highways hike hiking hilarious hill hillary hills hilton himself hindi hindu hint hints hips \
        hire hired hiring hispanic historian historians historic historical historically histories history hitler hits \
        hitting hobby hockey hoffman hold holder holders holding holdings holds hole holes holiday holidays holland \
        hollow holly hollywood holmes holocaust holt holy home homeland homeless homemade homer homes hometown \
        homework homicide homosexual homosexuality honda honest honestly honesty honey honeymoon hong honor honorable \
        honorary honored honors honour honourable honoured hood hook hooked hooker hope hoped hopeful hopefully \
        hopeless hopes hoping hopkins horizon horizontal hormone hormones horn horns horny horrible horrific horror \
        horse horses hose hospital hospitality hospitals host hostage hosted hostile hosting hosts hotel hotels \
        hottest hour hourly hours house housed household households houses housing houston howard however http https \
        hudson huge hugh hughes hugo hugs hulk hull human humanitarian humanity humans humble humidity humor humour \
        hundred hundreds hung hungarian hungary hunger hungry hunt hunter hunters hunting hurricane hurry hurt hurting \
        hurts husband husbands hustle hybrid hyde hydraulic hydrogen hygiene hype hyper hypothesis iceland icon iconic \
        icons idaho idea ideal ideally ideals ideas identical identification identified identifies identify \
        identifying identities identity ideological ideology idiot idiots idle idol ignition ignorance ignorant ignore \
        ignored ignoring illegal illegally illinois illness illnesses illusion illustrate illustrated illustration \
        illustrations image imagery images imaginary imagination imagine imagined imaging immature immediate \
        immediately immense immigrant immigrants immigration imminent immortal immune immunity impact impacted impacts \
        impaired imperative imperial implement implementation implemented implementing implications implied implies \
        imply import importance important importantly imported imports impose imposed imposing impossible impress \
        impressed impression impressions impressive imprisoned imprisonment improve improved improvement improvements \
        improves improving impulse inability inadequate inappropriate inaugural incapable incentive incentives inch \
        inches incident incidents inclined include included includes including inclusion inclusive income incomes \
        incoming incomplete inconsistent inconvenience incorporate incorporated incorporating incorrect increase \
        increased increases increasing increasingly incredible incredibly incumbent indeed independence independent \
        independently index india indian indiana indianapolis indians indicate indicated indicates indicating \
        indication indicator indicators indictment indie indies indigenous indirect indirectly individual individually \
        individuals indonesia indonesian indoor induced induction industrial industries industry ineffective \
        inequality inevitable inevitably infamous infant infantry infants infected infection infections infectious \
        inferior infinite infinity inflammation inflammatory inflation influence influenced influences influential \
        info inform informal information informed infrared infrastructure ingredient ingredients inhabitants inherent \
        inheritance inherited initial initially initiate initiated initiative initiatives injected injection injured \
        injuries injury injustice inland inmates inner inning innings innocence innocent innovation innovations \
        innovative input inquiries inquiry insane insanity insect insects insecure insert inserted inside insider \
        insight insights insist insisted insists inspection inspector inspiration inspirational inspire inspired \
        inspiring instability instagram install installation installations installed installing instance instances \
        instant instantly instead instinct institute institutes institution institutional institutions instructed \
        instruction instructions instructor instrument instrumental instruments insufficient insulation insulin insult \
        insulting insurance insured intact intake integral integrate integrated integration integrity intel \
        intellectual intelligence intelligent intend intended intends intense intensity intensive intent intention \
        intentional intentionally intentions inter interact interacting interaction interactions interactive interest \
        interested interesting interests interface interfere interference interim interior intermediate intern \
        internal internally international internationally internet interpret interpretation interpreted interrupted \
        intersection interstate interval intervals intervention interventions interview interviewed interviews \
        intimate into intriguing intro introduce introduced introduces introducing introduction invaded invalid \
        invasion invasive invented invention inventory invest invested investigate investigated investigating \
        investigation investigations investigative investigator investigators investing investment investments \
        investor investors invisible invitation invite invited invites inviting involve involved involvement involves \
        involving iowa ipad iphone ipod iran iranian iraq iraqi ireland irene iris irish iron ironic ironically irony \
        irregular irrelevant irresponsible irrigation irving isaac isis islam islamic island islands isle isnt \
        isolated isolation israel israeli issue issued issues issuing istanbul italian italy item items itself itunes \
        ivan ivory jack jacket jackets jackie jackson jacob jacobs jacques jade jail jakarta jake jamaica james jamie \
        jane janet january japan japanese jared jason java jazz jealous jealousy jean jeans jeep jeff jefferson \
        jeffrey jelly jenkins jennifer jenny jeremy jerk jerome jerry jersey jerusalem jess jesse jessica jesus jets \
        jewel jewellery jewelry jewish jews jill jimmy joan jobs joel joey johannesburg john johnny johns johnson \
        johnston join joined joining joins joint jointly joints joke joker jokes joking jonas jonathan jones jong \
        jordan jose joseph josh joshua journal journalism journalist journalists journals journey joyce juan judge \
        judged judgement judges judging judgment judicial judiciary judith judy juice juicy julia julian julie julius \
        july jump jumped jumper jumping jumps junction june jung jungle junior junk jupiter jurisdiction jury just \
        justice justices justification justified justify justin juvenile kane kansas kanye kardashian karen karl karma \
        kashmir kate katherine kathy katie keen keep keeper keeping keeps keith kelly kennedy kenneth kenny kent \
        kentucky kenya kept kerry kevin keyboard keys khan kick kicked kicking kicks kidding kidnapped kidnapping \
        kidney kids kill killed killer killers killing killings kills kilometers kilometres kind kinda kindergarten \
        kindle kindly kindness kinds king kingdom kings kingston kirk kiss kissed kisses kissing kitchen kits kitty \
        klein knee knees knew knife knight knights knit knives knock knocked knocking knot know knowing knowledge \
        known knows knox kong korea korean kumar kurt kuwait kyle label labeled labels labor laboratories laboratory \
        labour labs lace lack lacked lacking lacks ladder laden ladies lads lady laid lake lakers lakes lamb lambert \
        lame lamp lamps lancaster lance land landed landing landlord landmark lands landscape landscapes lane lanes \
        lang language languages lanka laps laptop large largely larger largest larry laser last lasted lasting lastly \
        lasts late lately later lateral latest latin latino latter laugh laughed laughing laughs laughter launch \
        launched launches launching laundry laura lauren lava lawn lawrence laws lawsuit lawyer lawyers layer layers \
        laying layout lays lazy lead leader leaders leadership leading leads leaf league leagues leak leaked leaking \
        leaks lean leaning leap learn learned learning learns learnt lease least leather leave leaves leaving lebanese \
        lebanon lebron lecture lecturer lectures leeds left legacy legal legally legend legendary legends legion \
        legislation legislative legislature legit legitimate lego legs leicester leigh leisure lemon lend lenders \
        lending length lengths lengthy lens lenses lent leon leonard leonardo lesbian leslie less lesser lesson \
        lessons lester lethal lets letter letters letting level levels leverage levy lewis lgbt liability liable liam \
        liar liberal liberals liberation liberties liberty libraries library libya licence license licensed licenses \
        licensing lick lied lies lieutenant life lifelong lifestyle lifetime lift lifted lifting lifts light lighter \
        lighting lightly lightning lights lightweight like liked likelihood likely likes likewise liking lily limb \
        limbs lime limestone limit limitation limitations limited limiting limits lincoln linda lindsay line linear \
        lined liner lines lineup linguistic lining link linked linking links linux lion lionel lions lips lipstick \
        liquid liquor lisa list listed listen listened listeners listening listing listings lists literacy literal \
        literally literary literature litigation litter little live lived lively liver liverpool lives livestock \
        living lloyd lmao load loaded loading loads loan loans lobby local locality locally locals locate located \
        location locations lock locked locker locking locks lodge logan logging logic logical logistics logo logs \
        london lone lonely long longer longest longtime look looked lookin looking looks loop loose lopez lord lords \
        lose loser losers loses losing loss losses lost lots lottery loud louder loudly louis louise louisiana \
        louisville lounge love loved lovely lover lovers loves loving lower lowered lowering lowest loyal loyalty \
        lucas luck luckily lucky lucy luggage luis luke lump lunar lunch lung lungs lure lust luther luxury lying \
        lynch lynn lyon lyrics macdonald machine machinery machines mack macro madame made madison madness madonna \
        madrid mafia magazine magazines maggie magic magical magistrate magnet magnetic magnificent magnitude maid \
        maiden mail main maine mainland mainly mainstream maintain maintained maintaining maintains maintenance \
        majesty major majority majors make maker makers makes makeup making malaysia malaysian malcolm male males \
        malicious mall mama mammals manage managed management manager managers manages managing manchester mandate \
        mandatory manga manhattan manifest manila manipulate manipulation mankind manly mann manner manners manning \
        manor mans mansion manual manually manuel manufacture manufactured manufacturer manufacturers manufacturing \
        manuscript many maple mapping maps marathon marble marc march marched marching marco marcus margaret margin \
        marginal margins maria marie marijuana marilyn marina marine marines mario marion maritime mark marked marker \
        markers market marketing marketplace markets marking marks marriage marriages married marry marrying mars \
        marsh marshal marshall mart martha martial martin martinez marvel marvin marx mary maryland masculine mask \
        masks mason mass massachusetts massacre massage masses massive master masterpiece masters match matched \
        matches matching mate material materials maternal maternity mates math mathematical mathematics maths matrix \
        matt matter matters matthew matthews mattress mature maturity maurice maximum maxwell maya maybe mayo mayor \
        mccain mccarthy mcdonald meal meals mean meaning meaningful meaningless meanings means meant meantime \
        meanwhile measure measured measurement measurements measures measuring meat mechanic mechanical mechanics \
        mechanism mechanisms medal medals media median medicaid medical medicare medication medications medicine \
        medicines medieval meditation mediterranean medium meet meeting meetings meets mega megan melbourne melissa \
        melody melt melted melting member members membership membrane meme memes memo memoir memorable memorial \
        memories memory memphis mental mentality mentally mention mentioned mentioning mentions mentor menu mercedes \
        merchandise merchant merchants mercury mercy mere meredith merely merge merged merger merit merits merry mesh \
        mess message messages messaging messed messenger messi messing messy meta metabolism metal metallic metals \
        metaphor meter meters method methodology methods metre metres metric metro metropolitan mets mexican mexico \
        meyer miami mice michael michel michelle michigan mick mickey micro microphone microsoft microwave middle \
        midfielder midlands midnight midst midway midwest might mighty migrant migrants migration miguel mike milan \
        mild mile miles milestone military militia milk mill millennium miller million millionaire millions mills \
        milton milwaukee mind minded minds mindset mine minecraft mineral minerals miners mines mini miniature minimal \
        minimize minimum mining minister ministers ministry minneapolis minnesota minor minorities minority minors \
        mins mint minus minute minutes miracle miracles miranda mirror mirrors misconduct miserable misery misleading \
        miss missed misses missile missiles missing mission missionary missions mississippi missouri mist mistake \
        mistaken mistakes mistress misunderstanding mitch mitchell mixed mixing mixture mobile mobility mock mode \
        model modeling modelling models moderate modern modes modest modi modification modifications modified modify \
        module modules mohammed moist moisture mold mole molecular molecule molecules molly moment moments momentum \
        mommy moms monarch monarchy monday monetary money monica monitor monitored monitoring monitors monk monkey \
        monkeys monks monopoly monroe monster monsters montana monte montgomery month monthly months montreal monument \
        monuments mood moody moon moore moral morale morality more moreover morgan mormon morning mornings morocco \
        moron morris morrison mortal mortality mortar mortgage mortgages moscow moses mosque moss most mostly mother \
        mothers motion motivated motivation motive motives motor motorcycle motors motto mount mountain mountains \
        mounted mounting mourinho mourning mouse mouth mouths move moved movement movements moves movie movies moving \
        much muhammad multi multiple mumbai munich municipal municipality murder murdered murderer murdering murders \
        murphy murray muscle muscles muscular museum museums mushrooms music musical musician musicians muslim muslims \
        must mustard mute mutual mutually myanmar myers myself mysteries mysterious mystery myth myths nail nailed \
        nails naive naked name named namely names naming nancy napoleon narrative narrator narrow nasa nascar nash \
        nashville nasty natalie nate nathan nation national nationalism nationalist nationality nationally nationals \
        nations nationwide native natives nato natural naturally nature naughty naval navigate navigation navy nazi \
        nazis ncaa near nearby nearest nearly neat nebraska necessarily necessary necessity neck necklace need needed \
        needing needle needles needless needs negative negatively neglect neglected negotiate negotiated negotiating \
        negotiation negotiations negro neighbor neighborhood neighborhoods neighboring neighbors neighbour \
        neighbourhood neighbouring neighbours neil neither nelson nepal nephew nerd nerve nerves nervous nest netflix \
        netherlands nets network networking networks neural neurons neutral neutrality nevada never nevertheless \
        newark newborn newcastle newer newest newly newman newport news newsletter newspaper newspapers newton next \
        nice nicely niche nicholas nick nickel nickname nicole niece nigel nigeria nigerian night nightmare nightmares \
        nights nike nikki nina nine nineteenth ninety ninja nintendo ninth nissan nitrogen nixon noah nobel noble \
        nobody node nodes noise noises noisy nokia nominated nomination nominations nominee nominees none nonetheless \
        nonprofit nonsense noodles noon nope norfolk norm normal normally norman norms north northeast northern \
        northwest northwestern norton norway norwegian norwich nose notable notably notch note notebook noted notes \
        nothin nothing notice noticeable noticed notices notification notifications notified notify noting notion \
        notorious notre nottingham nova novel novels novelty november nowadays nowhere nuclear nude null number \
        numbered numbers numerous nurse nursery nurses nursing nutrients nutrition nuts oakland oath obama obamacare \
        obese obesity obey object objection objections objective objectives objects obligation obligations obliged \
        obscure observation observations observatory observe observed observer observers observing obsessed obsession \
        obstacle obstacles obtain obtained obtaining obvious obviously occasion occasional occasionally occasions \
        occupation occupational occupied occupy occur occurred occurrence occurring occurs ocean oceans october odds \
        offence offended offender offenders offense offensive offer offered offering offerings offers office officer \
        officers offices official officially officials offline offs offset offshore offspring often ohio oils okay \
        oklahoma older oldest olds olive oliver olivia olympic olympics omar omega once ones ongoing onion onions \
        online only onset ontario onto oops open opened opener opening openings openly opens opera operate operated \
        operates operating operation operational operations operative operator operators opinion opinions opponent \
        opponents opportunities opportunity oppose opposed opposing opposite opposition oppression opted optical \
        optimal optimism optimistic optimization option optional options oracle oral orange orbit orchestra order \
        ordered ordering orders ordinary oregon organ organic organisation organisations organised organisms \
        organization organizational organizations organize organized organizing organs orgasm oriental orientation \
        oriented origin original originally originated origins orlando orleans orthodox oscar other others otherwise \
        ottawa otto ought ounce ours ourselves outbreak outcome outcomes outdated outdoor outdoors outer outfit \
        outfits outlet outlets outline outlined outlook output outrage outrageous outreach outright outs outside \
        outstanding outta oval oven over overall overcome overhead overlap overlooked overlooking overly overnight \
        overseas oversight overtime overview overweight overwhelmed overwhelming owed owen owes owing owned owner \
        owners ownership owning owns oxford oxide oxygen pablo pace pacific pack package packages packaging packed \
        packers packet packing packs pact pads page pages paid pain painful pains paint painted painter painting \
        paintings paints pair paired pairs pakistan pakistani palace pale palestine palestinian palestinians palette \
        palm palmer panama pandemic panel panels panic panthers panties pants papa paper papers paperwork para parade \
        paradise paragraph parallel parameters paramount paranoid parcel pardon parent parental parenting parents \
        paris parish park parked parker parking parks parliament parliamentary parody parole part partial partially \
        participant participants participate participated participating participation particle particles particular \
        particularly parties partisan partition partly partner partners partnership partnerships parts party pass \
        passage passages passed passenger passengers passes passing passion passionate passive passport password past \
        pasta paste pastor patch patches patent patents path pathetic paths pathway patience patient patients patricia \
        patrick patriot patriotic patriots patrol patron patrons pattern patterns patterson paul paula paulo pause \
        paying payment payments payne paypal payroll pays peace peaceful peach peak peaks peanut pearl pearson \
        peasants peculiar pedestrian pedro peek peel peer peers penalties penalty pence pencil pending penetration \
        penguin penguins peninsula penis penn pennsylvania penny pens pension pensions pentagon people peoples pepper \
        peppers perceive perceived percent percentage perception perceptions percy perez perfect perfection perfectly \
        perform performance performances performed performer performers performing performs perfume perhaps perimeter \
        period periods peripheral permanent permanently permission permit permits permitted perry persecution persian \
        persistent person persona personal personalities personality personally personnel persons perspective \
        perspectives persuade persuaded perth peru pete peter peters petersburg peterson petition petrol petroleum \
        pets petty phantom pharmaceutical pharmacy phase phases phenomena phenomenal phenomenon phil philadelphia \
        philip philippine philippines phillip phillips philosopher philosophical philosophy phoenix phone phones photo \
        photograph photographed photographer photographers photographic photographs photography photos photoshop \
        phrase phrases physical physically physician physicians physics piano pick picked picking picks pickup picnic \
        pics picture pictured pictures piece pieces pier pierce pierre pigs pike pile pill pillow pills pilot pilots \
        pinch pine ping pink pinned pins pint pioneer pipe pipeline piper pipes pirate pirates piss pissed pistol \
        pitch pitched pitcher pitching pits pitt pittsburgh pity pixel pizza place placed placement places placing \
        plague plain plains plan plane planes planet planets planned planning plans plant plantation planted planting \
        plants plaque plasma plastic plate plates platform platforms platinum play played player players playground \
        playing playoff playoffs plays playstation plaza plea pleaded pleasant please pleased pleasing pleasure pledge \
        plenty plot plots plug plus plymouth pneumonia pocket pockets podcast poem poems poet poetic poetry poets \
        point pointed pointing pointless points poison poisoning pokemon poker poland polar pole poles police \
        policeman policies policy polish polished polite political politically politician politicians politics poll \
        polling polls pollution polo pond pony pool pools poop poor poorly popcorn pope popped popping pops popular \
        popularity populated population populations porch pork porn pornography porsche port portable portal porter \
        portfolio portion portions portland portrait portraits portrayed ports portugal portuguese pose posed poses \
        posing position positioned positioning positions positive positively possess possessed possession possessions \
        possibilities possibility possible possibly post postal posted poster posters posting postponed posts potato \
        potatoes potent potential potentially pots potter pottery pound pounds pour poured pouring poverty powder \
        powell power powered powerful powers practical practically practice practiced practices practicing \
        practitioners prairie praise praised prank pray prayed prayer prayers praying preach preacher preaching \
        preceded precedent preceding precious precise precisely precision predator predators predecessor predict \
        predictable predicted prediction predictions predominantly prefer preferably preference preferences preferred \
        prefers pregnancy pregnant prejudice preliminary premature premier premiere premise premises premium premiums \
        prep preparation preparations prepare prepared prepares preparing prescribed prescription presence present \
        presentation presented presenter presenting presently presents preservation preserve preserved preserving \
        presidency president presidential presidents press pressed pressing pressure pressures prestige prestigious \
        preston presumably pretend pretending pretty prevalence prevalent prevent prevented preventing prevention \
        prevents preview previous previously prey price priced prices pricing pride priest priests primarily primary \
        prime primitive prince princes princess princeton principal principle principles print printed printer \
        printing prints prior priorities priority prison prisoner prisoners prisons privacy private privately \
        privilege privileged privileges prix prize prizes probability probable probably probation probe problem \
        problematic problems procedure procedures proceed proceeded proceeding proceedings proceeds process processed \
        processes processing processor proclaimed procurement produce produced producer producers produces producing \
        product production productions productive productivity products prof profession professional professionally \
        professionals professor professors profile profiles profit profitable profits profound program programme \
        programmed programmes programming programs progress progression progressive prohibited prohibition project \
        projected projection projections projects prolonged prom prominent promise promised promises promising promo \
        promote promoted promotes promoting promotion promotional promotions prompt prompted promptly prone pronounce \
        pronounced proof prop propaganda proper properly properties property prophecy prophet proportion proportions \
        proposal proposals propose proposed proposes proposing proposition proprietary props pros prose prosecution \
        prosecutor prospect prospective prospects prosperity prostate prostitution protagonist protect protected \
        protecting protection protective protector protects protein proteins protest protestant protesters protesting \
        protests protocol protocols prototype proud proudly prove proved proven proves provide provided providence \
        provider providers provides providing province provinces provincial proving provision provisional provisions \
        proximity proxy psychiatric psychiatrist psychic psycho psychological psychologist psychology public \
        publication publications publicity publicly publish published publisher publishers publishing puerto pull \
        pulled pulling pulls pulp pulse pump pumped pumping pumpkin pumps punch punched punches punching punish \
        punished punishment punjab punk pupil pupils puppet puppies puppy purchase purchased purchases purchasing pure \
        purely purity purple purpose purposes purse pursue pursued pursuing pursuit push pushed pushes pushing pussy \
        putin puts putting puzzle pyramid python qatar quad qualification qualifications qualified qualify qualifying \
        qualities quality quantitative quantities quantity quantum quarter quarterback quarterly quarters quartz \
        quebec queen queens queensland queer quest question questionable questioned questioning questions queue quick \
        quicker quickly quiet quietly quinn quit quite quitting quiz quote quoted quotes quoting rabbi rabbit rabbits \
        race races rachel racial racing racism racist rack radar radiation radical radio radioactive radius rafael \
        rage raid raiders raids rail railroad rails railway railways rain rainbow rainfall raining rains rainy raise \
        raised raises raising rally ralph ramp rams ramsey ranch rand randall random randomly randy rang range ranged \
        ranger rangers ranges ranging rank ranked ranking rankings ranks ransom rant rape raped rapid rapidly rapper \
        rare rarely rash rate rated rates rather rating ratings ratio rational rats raven ravens raymond rays razor \
        reach reached reaches reaching react reaction reactions reactor read reader readers readily reading readings \
        reads ready reagan real realise realised realism realistic realities reality realization realize realized \
        realizes realizing really realm rear reason reasonable reasonably reasoning reasons rebecca rebel rebellion \
        rebels rebounds rebuild rebuilding recall recalled recalls receipt receipts receive received receiver \
        receivers receives receiving recent recently reception receptor recession recipe recipes recipient recipients \
        reckless reckon recognise recognised recognition recognize recognized recognizes recognizing recommend \
        recommendation recommendations recommended recommends reconciliation reconstruction record recorded recorder \
        recording recordings records recover recovered recovering recovery recreation recreational recruit recruited \
        recruiting recruitment recruits recurring recycling reddit redemption reds reduce reduced reduces reducing \
        reduction reed reef reel refer referee reference referenced references referendum referred referring refers \
        refined reflect reflected reflecting reflection reflections reflects reform reforms refreshing refs refuge \
        refugee refugees refund refusal refuse refused refuses refusing regain regard regarded regarding regardless \
        regards regime regiment region regional regions register registered registration registry regret regrets \
        regular regularly regulate regulated regulation regulations regulatory rehab rehabilitation rehearsal reid \
        reign reinforce reinforced reject rejected rejection rejects relate related relates relating relation \
        relations relationship relationships relative relatively relatives relax relaxation relaxed relaxing relay \
        release released releases releasing relevance relevant reliability reliable reliance relied relief relies \
        relieve relieved religion religions religious reluctant rely relying remain remainder remained remaining \
        remains remake remark remarkable remarkably remarks remedies remedy remember remembered remembering remembers \
        remind reminded reminder reminding reminds remix remote remotely removal remove removed removes removing \
        renaissance render rendered rendering renew renewable renewal renewed renovation renowned rent rental rented \
        repair repaired repairs repay repeal repeat repeated repeatedly repeating replace replaced replacement \
        replacing replay replica replied replies reply report reported reportedly reporter reporters reporting reports \
        represent representation representations representative representatives represented representing represents \
        reproduction reproductive republic republican republicans reputation request requested requesting requests \
        require required requirement requirements requires requiring rescue rescued research researcher researchers \
        resemble resembles reservation reservations reserve reserved reserves reservoir reset reside residence \
        residency resident residential residents resign resignation resigned resist resistance resistant resolution \
        resolutions resolve resolved resort resorts resource resources respect respectable respected respectful \
        respective respectively respects respiratory respond responded respondents responding responds response \
        responses responsibilities responsibility responsible responsive rest restart restaurant restaurants resting \
        restoration restore restored restoring restrict restricted restriction restrictions result resulted resulting \
        results resume resumed resurrection retail retailer retailers retain retained retaining retarded retention \
        retire retired retirement retiring retreat retrieve retrieved retro return returned returning returns reunion \
        reunited reuters reveal revealed revealing reveals revelation revenge revenue revenues reverend reverse \
        reversed review reviewed reviewing reviews revised revision revival revive revolt revolution revolutionary \
        reward rewarded rewarding rewards reynolds rhetoric rhode rhodes rhythm ribbon ribs rica rice rich richard \
        richards richardson richer richest richie richmond rick ricky rico ride rider riders rides ridge ridiculous \
        riding rifle rifles right righteous rightly rights rigid rigorous riley ring ringing rings riot riots ripe \
        ripped rise risen rises rising risk risks risky rita ritual rituals rival rivalry rivals river rivers \
        riverside road roads roar roast roasted robbed robbery robbie robert roberto roberts robertson robin robinson \
        robot robots robust rochester rock rocket rockets rocking rocks rocky rode rodgers rodney rodriguez roger \
        rogers rogue roland role roles roll rolled roller rolling rolls roma roman romance romania romans romantic \
        rome romeo ronald ronaldo ronnie roof rookie room roommate rooms rooney roosevelt root rooted roots rope ropes \
        rory rosa rose roses ross roster rotating rotation rotten rouge rough roughly round rounded rounds route \
        routes routine routinely rover rows royal royals royalty rubber rubbing rubbish ruby rude rugby ruin ruined \
        ruining ruins rule ruled ruler rulers rules ruling rumor rumors rumours runner runners running runs runway \
        rural rush rushed rushing russell russia russian russians rust ruth ryan sack sacked sacramento sacred \
        sacrifice sacrificed sacrifices saddle sadly sadness safe safely safer safety saga sage said sail sailed \
        sailing sailor sailors saint saints sake salad salaries salary sale salem sales sally salmon salon salt salty \
        salute salvador salvation samantha same sample samples sampling samsung samuel sanchez sanctions sanctuary \
        sand sanders sandra sands sandwich sandwiches sandy sane sang sank santa santiago santos sara sarah satan \
        satellite satellites satisfaction satisfied satisfy satisfying saturated saturday sauce saudi sausage savage \
        save saved saves saving savings savior saying says scale scales scam scan scandal scanning scar scare scared \
        scares scarf scars scary scattered scenario scenarios scene scenery scenes scenic scent schedule scheduled \
        schedules scheduling scheme schemes schmidt scholar scholars scholarship scholarships school schooling schools \
        science sciences scientific scientist scientists scoop scope score scored scores scoring scotch scotland scots \
        scott scottish scout scouts scrap scratch scream screamed screaming screams screen screened screening screens \
        screenshot screw screwed script scripts scripture scroll scrub scrutiny sculpture scum seahawks seal sealed \
        seals sean search searched searches searching seas season seasonal seasons seat seated seating seats seattle \
        sebastian second secondary secondly seconds secret secretary secretly secrets section sections sector sectors \
        secular secure secured securing securities security seed seeds seeing seek seeking seeks seem seemed seemingly \
        seems seen sees segment segments seize seized seizure select selected selecting selection selections selective \
        self selfie selfish sell seller sellers selling sells semester semi seminar senate senator senators send \
        sending sends senior seniors sensation sense senses sensible sensitive sensitivity sensor sensors sensory sent \
        sentence sentenced sentences sentiment seoul separate separated separately separating separation sept \
        september sequel sequence sequences serbia sergeant serial series serious seriously serum servant servants \
        serve served server servers serves service services serving session sessions seth sets setting settings settle \
        settled settlement settlements settlers settling setup seven seventeen seventh seventy several severe severely \
        severity sewing sexual sexuality sexually sexy shade shades shadow shadows shady shaft shah shake shakespeare \
        shaking shale shall shallow shame shane shanghai shannon shape shaped shapes shaping share shared shareholders \
        shares sharing shark sharks sharon sharp sharply shattered shave shaved shaw shawn shed sheep sheer sheet \
        sheets sheffield shelf shell shells shelter shelters shelves shepherd sheriff sherlock sherman shield shields \
        shift shifted shifting shifts shin shine shining shiny ship shipment shipped shipping ships shirley shirt \
        shirts shit shitty shock shocked shocking shoe shoes shook shoot shooter shooters shooting shootings shoots \
        shop shopping shops shore shores short shortage shorter shortly shorts shot shotgun shots should shoulder \
        shoulders shout shouted shouting shove show showcase showed shower showers showing shown shows shrimp shrine \
        shrink shut shutting shuttle siblings sick sickness side sided sides sidewalk sidney siege sierra sigh sight \
        sights sign signal signals signature signatures signed significance significant significantly signing signs \
        silence silent silicon silk silly silva silver similar similarities similarly simmons simon simple simpler \
        simplicity simplified simply simpson sims simulation simultaneously since sincere sincerely sing singapore \
        singer singers singh singing single singles sings singular sink sinking sins sister sisters site sites sits \
        sitting situated situation situations sixteen sixth sixty size sized sizes skate skating skeleton skeptical \
        sketch sketches skies skiing skill skilled skills skin skinny skins skip skipped skirt skull skype slack slam \
        slap slapped slate slaughter slave slavery slaves sleep sleeping sleeps sleepy sleeve sleeves slept slice \
        slick slide slides sliding slight slightest slightly slim slip slipped slipping slogan slope slopes slot slots \
        slow slowed slower slowing slowly slut small smaller smallest smart smarter smartphone smartphones smash \
        smashed smashing smell smells smile smiled smiles smiling smith smoke smoked smoking smooth smoothly snack \
        snacks snail snake snakes snap snapped snaps sneak sniper snow soaked soap sober soccer social socialism \
        socialist socially societies society sociology socks soda sodium sofa sofia soft softball softly software soil \
        solar sold soldier soldiers sole solely solicitor solid solidarity solitary solo solomon solution solutions \
        solve solved solving somalia some somebody someday somehow someone somerset something sometime sometimes \
        somewhat somewhere song songs songwriter sonic sons sony soon sooner sophia sophie sophisticated sophomore \
        sore sorrow sorry sort sorted sorts sought soul souls sound sounded sounding sounds soundtrack soup sour \
        source sources south southampton southeast southeastern southern southwest sovereign sovereignty soviet space \
        spacecraft spaces spain spam span spanish spare spark sparks spatial speak speaker speakers speaking speaks \
        spear spears special specialist specialists specialized specially specials specialty species specific \
        specifically specification specifications specified specify specimen specimens spectacular spectators spectrum \
        speculation speech speeches speed speeding speeds spell spelled spelling spells spencer spend spending spends \
        spent sperm sphere spice spicy spider spiders spies spike spill spin spinal spine spinning spiral spirit \
        spirits spiritual spit spite splash splendid split splitting spoil spoiled spoke spoken spokesman sponsor \
        sponsored sponsors sponsorship spontaneous spoon sport sporting sports spot spotify spotlight spots spotted \
        spouse spray spread spreading spreads spring springfield springs sprint spun spur spurs squad squadron square \
        squares squeeze squirrel stab stabbed stability stable stack stadium staff stage staged stages stain stained \
        stainless stairs stake stakes stalin stall stamp stamps stan stance stand standard standards standing stands \
        stanford stanley staple star starbucks stare staring stark starred starring stars start started starter \
        starters starting starts startup starving stat state stated statement statements states static stating station \
        stationed stations statistical statistically statistics stats statue status statute statutory stay stayed \
        staying stays steadily steady steak steal stealing steals steam steel steelers steep steer steering stefan \
        stella stellar stem stems step stephanie stephen stepped stepping steps stereo stereotypes sterling stern \
        steve steven stevens stevie stewart stick sticker stickers sticking sticks sticky stiff stigma still stimulate \
        stimulation stimulus sting stir stirring stock stockholm stocks stoke stole stolen stomach stone stones stood \
        stop stopped stopping stops storage store stored stores stories storm storms story storyline storytelling \
        stove straight straightforward strain strains strand stranded strange strangely stranger strangers strap \
        strategic strategies strategy straw strawberry stray streak stream streaming streams street streets strength \
        strengthen strengthened strengthening strengths stress stressed stressful stretch stretched stretches \
        stretching strict strictly strike striker strikes striking string strings strip stripes stripped strips strive \
        stroke strokes strong stronger strongest strongly struck structural structure structured structures struggle \
        struggled struggles struggling stuart stubborn stuck stud student students studied studies studio studios \
        study studying stuff stuffed stumbled stunned stunning stunt stupid stupidity style styles stylish subject \
        subjected subjective subjects submarine submission submissions submit submitted subs subscribe subscribers \
        subscription subsequent subsequently subsidiary subsidies substance substances substantial substantially \
        substitute subtle suburb suburban suburbs subway succeed succeeded success successes successful successfully \
        succession successive successor such suck sucked sucking sucks sudan sudden suddenly sued suffer suffered \
        suffering suffers sufficient sufficiently sugar suggest suggested suggesting suggestion suggestions suggests \
        suicide suit suitable suite suited suits sullivan summary summer summers summit summoned sums sunday sundays \
        sung sunglasses sunk sunlight sunny sunrise sunset sunshine super superb superhero superintendent superior \
        superman supermarket supernatural superstar supervision supervisor supper supplement supplements supplied \
        supplier suppliers supplies supply supplying support supported supporter supporters supporting supportive \
        supports suppose supposed supposedly suppress suppression supreme sure surely surf surface surfaces surfing \
        surge surgeon surgeons surgery surgical surplus surprise surprised surprises surprising surprisingly surrender \
        surrey surround surrounded surrounding surroundings surveillance survey surveyed surveys survival survive \
        survived surviving survivor survivors susan susceptible sushi suspect suspected suspects suspend suspended \
        suspension suspicion suspicious sussex sustain sustainability sustainable sustained sutton swallow swamp swan \
        swap swear sweat sweater sweating sweden swedish sweep sweeping sweet sweetheart swelling swept swift swim \
        swimming swing swinging swings swiss switch switched switches switching switzerland sword swords sworn sydney \
        symbol symbolic symbols sympathetic sympathy symphony symptoms sync syndrome synthesis synthetic syria syrian \
        syrup system systematic systemic systems table tables tablet tablets tackle tackles taco tactic tactical \
        tactics tagged tags tail tails taiwan take taken takeover takes taking tale talent talented talents tales \
        taliban talk talked talkin talking talks tall taller tamil tampa tangible tank tanks tape tapes tapped tapping \
        tara target targeted targeting targets task tasks taste tasted tastes tasty tate tattoo tattoos taught \
        taxation taxes taxi taxpayer taxpayers taylor teach teacher teachers teaches teaching teachings team teammate \
        teammates teams tear tearing tears tech technical technically technician technique techniques technological \
        technologies technology teddy teen teenage teenager teenagers teens teeth telecommunications telegraph \
        telephone telescope television tell telling tells temp temper temperature temperatures template temple temples \
        tempo temporarily temporary temptation tempted tenant tenants tend tended tendency tender tends tennessee \
        tennis tens tense tension tensions tent tenth tenure teresa term terminal terminated termination terminology \
        terms terrace terrain terrible terribly terrific terrified terrifying territorial territories territory terror \
        terrorism terrorist terrorists terry tesla test testament tested testified testify testimony testing tests \
        texas text textbook textbooks textile texting texts texture thai thailand thames than thank thankful \
        thankfully thanks thanksgiving that thats theater theaters theatre theatrical thee theft their theirs them \
        theme themed themes themselves then theo theodore theological theology theorem theoretical theories theory \
        therapeutic therapist therapy there thereafter thereby therefore thereof theres theresa thermal these thesis \
        they thick thickness thief thieves thigh thighs thin thing things think thinking thinks third thirds thirsty \
        thirteen thirty this thomas thompson thomson thor thorough thoroughly those thou though thought thoughtful \
        thoughts thousand thousands thread threads threat threaten threatened threatening threatens threats three \
        threshold threw thrill thrilled thriller thrive throat throne thrones through throughout throw throwing thrown \
        throws thru thrust thumb thumbs thunder thursday thus tick ticket tickets tidal tide tied tier ties tiger \
        tigers tight tightly tile tiles till tilt timber time timeline timely timer times timing timothy tina tinder \
        tiny tipped tips tire tired tires tissue tissues titan titans title titled titles tits toast tobacco toby \
        today todd toddler toes together toilet toilets token tokyo told tolerance tolerate toll tomato tomatoes tomb \
        tommy tomorrow tone tones tongue tonight tonnes tons tony took tool tools tooth topic topics topped tops torch \
        tore tories torn tornado toronto torres torture tortured tory toss tossed total totally touch touchdown \
        touched touches touching tough tougher tour touring tourism tourist tourists tournament tournaments tours \
        toward towards towel tower towers town towns township toxic toyota toys trace traced traces track tracked \
        tracking tracks tract traction tractor tracy trade traded trademark trader traders trades trading tradition \
        traditional traditionally traditions traffic trafficking tragedy tragic trail trailer trails train trained \
        trainer trainers training trains trait traitor traits trans transaction transactions transcript transfer \
        transferred transferring transfers transform transformation transformed transgender transit transition \
        translate translated translates translation translations translator transmission transmit transmitted \
        transparency transparent transplant transport transportation transported trap trapped traps trash trauma \
        traumatic travel traveled travelers traveling travelled travellers travelling travels travis tray treason \
        treasure treasurer treasures treasury treat treated treaties treating treatment treatments treats treaty tree \
        trees trek tremendous trench trend trends trent trevor trial trials triangle tribal tribe tribes tribunal \
        tribune tribute trick tricks tricky tried tries trigger triggered trillion trilogy trim trinity trio trip \
        triple trips triumph trivial troll troop troops trophies trophy tropical trouble troubled troubles trousers \
        trout troy truck trucks true truly trump trunk trust trusted trustee trustees trusting trusts truth truths \
        trying tube tubes tucker tuesday tuition tumblr tumor tune tuned tunes tuning tunnel tunnels turbo turf turkey \
        turkish turks turn turned turner turning turnout turnover turns turtle turtles tutor tutorial tweet tweeted \
        tweets twelve twentieth twenty twice twilight twin twins twist twisted twitch twitter tying tyler type types \
        typical typically typing uber ucla uganda ugly ukraine ukrainian ultimate ultimately ultra umbrella unable \
        unacceptable unanimous unarmed unaware unbelievable uncertain uncertainty unchanged uncle unclear \
        uncomfortable uncommon unconscious uncovered under undercover underestimate undergo undergoing undergraduate \
        underground underlying underneath understand understandable understanding understands understood undertake \
        undertaken undertaking underwater underway underwear undoubtedly unemployed unemployment unexpected \
        unexpectedly unfair unfinished unfortunate unfortunately unhappy unhealthy unified uniform uniforms union \
        unions unique unit unite united units unity universal universe universities university unknown unlawful unless \
        unlike unlikely unlimited unlock unlocked unnecessary unofficial unpaid unpleasant unpopular unprecedented \
        unpredictable unreasonable unrelated unsafe unstable unsuccessful unsure until unto unusual unusually unveiled \
        unwanted unwilling upcoming update updated updates updating upgrade upgraded upgrades upload uploaded upon \
        upper upright uprising upset upside upstairs upward upwards uranium urban urge urged urgent urges urging urine \
        uruguay usage used useful useless user username users uses using ussr usual usually utah utilities utility \
        utilize utilized utter utterly vacant vacation vaccine vaccines vacuum vagina vague vain valentine valid \
        validation validity valley valuable valuation value valued values valve vampire vancouver vanessa vanilla \
        vanished vanity variable variables variant variants variation variations varied varies varieties variety \
        various varsity vary varying vast vatican vault vector vegan vegas vegetable vegetables vegetarian vegetation \
        vehicle vehicles veil vein veins velocity velvet vendor vendors venezuela vengeance venice vent venture \
        ventures venue venues venus vera verb verbal verdict verge verification verified verify verizon vermont vernon \
        versa versatile verse verses version versions versus vertical very vessel vessels vest veteran veterans \
        veterinary viable vibe vibrant vice vicinity vicious victim victims victor victoria victorian victories \
        victory video videos vienna vietnam vietnamese view viewed viewer viewers viewing views viii vikings villa \
        village villagers villages villain vince vincent vine vintage vinyl violate violated violating violation \
        violations violence violent violet violin viral virgin virginia virtual virtually virtue virus viruses visa \
        visibility visible vision visions visit visited visiting visitor visitors visits vista visual visually vital \
        vitamin vivid vladimir vocabulary vocal vocals vodka vogue voice voiced voices void volatile volcanic volcano \
        volleyball voltage volume volumes voluntarily voluntary volunteer volunteers vote voted voter voters votes \
        voting vows voyage vulnerability vulnerable wade wage wages wagner wagon waist wait waited waiting waits wake \
        wakes waking wales walk walked walker walking walks wall wallace wallet wallpaper walls walmart walsh walt \
        walter wander wandering wang wanna want wanted wanting wants ward wardrobe warehouse warfare warm warmer \
        warming warmth warn warned warner warning warnings warns warrant warranty warren warrior warriors wars warsaw \
        wash washed washing washington wasnt waste wasted wasting watch watched watches watching water waters watson \
        watt watts wave waves waving wayne ways weak weakened weaker weakness weaknesses wealth wealthy weapon weapons \
        wear wearing wears weather webb website websites webster wedding weddings wednesday weed week weekend weekends \
        weekly weeks weigh weighed weighing weighs weight weighted weights weird welcome welcomed welcoming welfare \
        well wellington wells welsh wendy went were wesley west western westminster whale whales what whatever whats \
        whatsoever wheat wheel wheelchair wheeler wheels when whenever where whereas whereby wherein wherever whether \
        which whichever while whilst whip whipped whiskey whisper whistle white whites whitney whoa whoever whole \
        wholesale wholly whom whore whose wicked wide widely wider widespread widow width wife wifi wikipedia wild \
        wilderness wildlife wildly will william williams willie willing willingness willis willow wilson wind winding \
        window windows winds windsor wine wines wing wings winner winners winning wins winston winter wipe wiped wire \
        wired wireless wires wisconsin wisdom wise wish wished wishes wishing witch with withdraw withdrawal withdrawn \
        withdrew within without witness witnessed witnesses wives wizard woke wolf wolves woman women wonder wondered \
        wonderful wondering wonders wong wont wood wooden woods woody wool word words wore work worked worker workers \
        workforce working workout workplace works workshop workshops world worlds worldwide worm worms worn worried \
        worries worry worrying worse worship worst worth worthless worthwhile worthy would wound wounded wounds wrap \
        wrapped wrath wreck wrestling wright wrist write writer writers writes writing writings written wrong wrote \
        wyoming xbox yacht yahoo yale yang yankees yard yards yeah year yearly years yeast yell yelled yelling yellow \
        yemen yesterday yield yields yoga york yorkshire young younger youngest your youre yours yourself yourselves \
        youth youtube yuan zach zealand zero zhang zimbabwe zombie zombies zone zones zoom
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
