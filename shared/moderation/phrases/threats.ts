import {
  kindDox,
  kindDoxCall,
  kindHarm,
  kindIncite,
  kindIntimidate,
  kindTakeOut,
  kindTarget,
  kindThreat,
} from '../kinds.ts';
import type { PhraseGroup } from './types.ts';

/**
 * Threats and harassment, English, Russian and Ukrainian. Direct threats hold on their
 * own; the other kinds describe the parts of a threat (a call or wish, then harm; a
 * target plus intimidation; personal details plus a call to act) and hold only together,
 * so "should be dragged into the street and beaten" and "треба закопувати живцем" are
 * caught as kinds of sentence rather than as literal strings.
 */
export const threatPhrases: readonly PhraseGroup[] = [
  {
    kind: kindThreat,
    specs: [
      '(i|we) (know|found) where you (live|work|sleep|study|go to school)',
      'know where (he|she|they) (lives|live|works|work|sleeps)',
      '(show|turn) up at your (door|doorstep|house|home|work|office|place|school)',
      "(i'm|i am|we're|we are|we will be|i will be|i'll be|we'll be) (coming|outside) (for you|to your)",
      '(i|we) will (find|hunt|track) you( down|)',
      "(i'll|we'll|they'll|they will) (find|hunt|track) you( down|)",
      '(i|we) will (kill|hurt|shoot|stab|beat|strangle|burn|bury|rape|murder|end) you',
      "(i'll|we'll) (kill|hurt|shoot|stab|beat|strangle|burn|bury|rape|murder|end) you",
      "(i'm|i am|we're|we are) (going to|gonna) (kill|hurt|shoot|stab|beat|strangle|burn|bury|rape|murder|find) you",
      '(gonna|going to) (kill|hurt|shoot|stab|beat|strangle|rape|murder) you',
      'your (address|home address|house|family|kids|children) (is|are) next',
      "(you're|you are|ur) (a dead man|dead meat|so dead)",
      'your (days|hours) are numbered',
      '(watch your back|sleep with one eye open|better watch out|you will pay for this|you will regret this)',
      '(go |)(kill|hang|off|unalive) yourself',
      '(kys|kms)',
      '(go |)(jump|leap) (off|from) (a|the) (bridge|cliff|roof|building|balcony|window)',
      '(go |)(drink bleach|play in traffic|die in a fire|go die)',
      '(hope|wish) you (die|get cancer|burn|suffer|rot)',
      "(nobody|no one) (will|would|'ll) miss you",
      '(the world|everyone) (would|will) be better (off |)without you',
      'deserve(|s) (a|the) (rope|bullet|noose|firing squad|bullet in the head)',
      'deserve(|s) to (die|hang|be hanged|be shot|be killed|be executed|burn)',
      '(you|he|she|they|all of you) should (die|be dead|hang)',
      '(your|ur) (ip|ip address|address|location|home address|workplace) (is|has been|was) (logged|tracked|known|posted|leaked|next)',
      '(dox|doxx|doxxed|doxed|doxing|doxxing)',
      '(a|one) bullet (in|through) (your|his|her|their) (head|skull)',
      // Russian.
      '(мы|я) (тебя|вас|тебе|вам) (найдём|найду|достанем|достану|вычислим|вычислю|закопаем|закопаю|убьём|убью|прибьём|прибью|зарежу|порежу|сожжём|урою|уроем)',
      '(тебя|вас) (найдут|достанут|закопают|убьют|вычислят|зароют)',
      '(знаю|знаем) где ты (живёшь|работаешь|учишься|спишь)',
      '(тебе|вам) (конец|не жить|хана|крышка|кранты|пиздец)',
      'ты (труп|покойник|следующий|следующая)',
      '(убейся|повесься|выпились|сдохни|сдохните|вскройся)',
      'чтоб(|ы) (ты|вы|вас|тебя) (сдох|сдохла|сдохли|сдохнул|разорвало|сгорел|сгорели)',
      '(жди|ждите) гостей',
      '(мы|я) (придём|приду) за (тобой|вами)',
      // Ukrainian.
      "(ми|я) (тебе|вас) (знайдемо|знайду|дістанемо|дістану|вб'ємо|вб'ю|закопаємо|закопаю|поріжу|спалимо)",
      "(тебе|вас) (знайдуть|дістануть|закопають|вб'ють)",
      '(знаю|знаємо) де ти (живеш|працюєш|навчаєшся|спиш)',
      '(тобі|вам) (кінець|не жити|гаплик|капець|пизда)',
      'ти (труп|покійник|наступний|наступна)',
      '(повісься|здохни|здохніть|вбийся)',
      'щоб (ти|ви) (здох|здохла|здохли|згорів|згоріли)',
      '(чекай|чекайте) гостей',
    ],
  },
  {
    kind: kindIncite,
    specs: [
      '(should|must|ought to|need to|needs to|deserve to|deserves to|has to|have to|gotta) be',
      '(should|must) (all |)be',
      '(i|we) (hope|wish) (you|your|he|she|they|his|her|their|someone)',
      'hope (you|your|he|she|they|his|her|their)',
      '(someone|somebody|anyone|people) (should|needs to|need to|must|has to|ought to|will)',
      "(let's|lets|time to|go and|we should|we must|i will|we will|i'll|we'll|i'm gonna|gonna|i'm going to)",
      // Russian.
      '(надо|нужно|надо бы|нужно бы|следует|должны|пора|пусть|хочу чтобы|хочу чтоб)',
      'чтоб(|ы) (ты|вас|вы|их|его|её|тебя)',
      '(таких|таких как ты|вас всех|всех вас|их всех)',
      // Ukrainian.
      '(треба|потрібно|слід|варто|мають|хай|нехай|пора)',
      'щоб (ти|вас|ви|їх|його|її|тебе)',
      '(таких|таких як ти|вас усіх|всіх вас|їх усіх)',
    ],
  },
  {
    kind: kindHarm,
    specs: [
      '(beaten|beat up|killed|murdered|shot|hanged|lynched|executed|stabbed|strangled|tortured|raped|drowned|gassed|beheaded|slaughtered|castrated|butchered|skinned|maimed|crucified|impaled)',
      '(beaten|shot|hanged|burned|burnt|buried|skinned) (alive|dead|to death)',
      '(dragged|thrown|tossed) (into|through|out|off|from)',
      '(strung up|burn in hell|put down|put against|against the wall|against a wall|wiped off|six feet under|in a ditch|in a body bag)',
      '(kill|shoot|hang|stab|lynch|murder|strangle|drown|rape|execute|behead|torture|bury) (him|her|them|you|these|those)',
      '(gets|get|getting) (hit|bombed|shelled|blown up|burned down|burnt down|flattened|destroyed|shot)',
      '(burns|burn) down',
      '(rope|noose|lamppost|lamp post|firing squad|guillotine|gallows)',
      // Russian.
      '(убить|убивать|убили|убьют|убейте|замочить|расстрелять|расстреливать|закопать|закапывать|зарыть|прибить|зарезать|утопить|кастрировать|четвертовать)',
      '(повесить|вешать|повесили|сжечь) (его|её|их|всех|тебя|вас|таких)',
      '(живьём|заживо|на кол|к стенке|на фонарь|на фонарях|на столбах|на суку|на осине|под расстрел)',
      // Ukrainian.
      "(вбити|вбивати|вбили|вб'ють|розстріляти|розстрілювати|закопати|закопувати|зарити|зарізати|втопити|каструвати)",
      '(повісити|вішати|повісили|спалити) (його|її|їх|всіх|усіх|тебе|вас|таких)',
      '(живцем|на палю|до стінки|на ліхтар|на ліхтарях|на стовпах)',
    ],
  },
  { kind: kindTakeOut, specs: ['(take|taking|took|takes) out'] },
  {
    kind: kindTarget,
    specs: [
      "your (kid|kids|kid's|kids'|children|children's|child|son|daughter|wife|husband|family|mother|mom|mum|parents|school|workplace|employer|boss|house|home|car|office|street|address|ip)",
      '(твои|твоих|твоя|твой|твою|твоего) (дети|детей|семья|семью|жена|жену|мать|мама|маму|дом|школа|школу|работа|работу|адрес|муж|мужа)',
      "(твої|твоїх|твоя|твій|твою|твого) (діти|дітей|сім'я|сім'ю|родина|родину|дружина|дружину|мати|мама|маму|дім|школа|школу|робота|роботу|адреса|адресу|чоловік|чоловіка)",
    ],
  },
  {
    kind: kindIntimidate,
    specs: [
      '(i|we) (already |)found (the|your|where|who|out where|out who)',
      '(i|we) know (where|who) you',
      '(know|found) who you (are|really are)',
      'where you (live|work|sleep|study)',
      "(i'll|i will|we'll|we will) (make sure|tell|inform|let) (everyone|everybody|your|all)",
      '(everyone|everybody) at your',
      "(see you soon|see you around|i'm watching you|we're watching you|we are watching|i'll be waiting|i will be waiting|be seeing you)",
      '(мы|я) (знаем|знаю|нашли|нашёл|вычислили) (где|кто|твой|твою|твоих)',
      '(скоро увидимся|мы следим за тобой|я слежу за тобой)',
      '(ми|я) (знаємо|знаю|знайшли|знайшов|вирахували) (де|хто|твій|твою|твоїх)',
      '(скоро побачимось|ми стежимо за тобою|я стежу за тобою)',
    ],
  },
  {
    kind: kindDox,
    specs: [
      '(works|working|worked) (at|in|for)',
      '(lives|living|lived) (in|on|at)',
      '(his|her|their) (address|home address|phone number|number|plates|license plate|workplace)',
      '(home address|phone number|license plate|licence plate|drives a|full name|real name)',
      '(работает|живёт|проживает|учится) (в|на|по)',
      '(працює|живе|мешкає|навчається) (в|у|на|по)',
    ],
  },
  {
    kind: kindDoxCall,
    specs: [
      "(go|come|let's|lets) (say hi|say hello|visit|pay him a visit|pay her a visit|pay them a visit)",
      '(pay|give) (him|her|them) a (visit|call)',
      '(say hi|say hello|drop by|swing by|you know what to do|do your thing|go get him|go get her|find him|find her|make him famous|make her famous)',
      '(передайте привет|навестите|наведайтесь|заходите в гости|вы знаете что делать|передайте привіт|навідайтесь|ви знаєте що робити)',
    ],
  },
];
