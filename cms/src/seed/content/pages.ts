import { b, h2, link, p, ul } from './blocks';
import type { PageSeed } from './types';

/**
 * The site's own pages. Where a page stands for facts only the clinic can supply (who works
 * there, how to get there), it says so and is marked as a sample. The contact details are
 * never copied in: a page with `showContactDetails` shows the site settings' phone, hours and
 * address, edited in one place.
 *
 * The privacy policy describes what the code does (src/api/comment, src/api/consult-request,
 * the moderation plugin's export and erasure, web/nginx): change it with the code.
 * tests/pages.test.ts checks that it names every private field of the comment and consultation
 * request schemas, by the words in PRIVACY_POLICY_TERMS.
 */

/** How the privacy policy names each private attribute of the schemas that hold visitors' data. */
export const PRIVACY_POLICY_TERMS: Record<'comment' | 'consult-request', Record<string, string>> = {
  comment: {
    authorEmail: 'email address',
    clientIpHash: 'IP address',
    userAgent: 'user agent',
  },
  'consult-request': {
    name: 'your name',
    phone: 'phone number',
    email: 'email address',
    message: 'your message',
    preferredContact: 'which of them you prefer',
    bestTime: 'best time to call',
    consentedAt: 'when you agreed',
    status: 'whether the front desk has contacted you',
    staffNote: 'a note',
    closedAt: 'closes it',
    emailHash: 'keyed hashes of your email address and phone number',
    phoneHash: 'keyed hashes of your email address and phone number',
    fingerprint: 'keyed hash of the whole request',
    keyId: 'which encryption key',
    clientIpHash: 'IP address',
    userAgent: 'user agent',
  },
};

const about: PageSeed = {
  title: 'About the clinic',
  slug: 'about',
  summary: 'Who we are and how the clinic works. Sample page: the clinic replaces it with its own facts before the site goes live.',
  body: [
    p(
      b('Sample page. '),
      'The clinic must supply the facts this page stands for: who works here and in which role, their qualifications, since when the clinic has been open and which conditions it sees people for. Until then it describes only what the site itself does.',
    ),
    h2('What you find on this site'),
    ul([
      ['The ', link('/treatments', 'treatment options'), ' the site describes, with what each one is and is not approved for.'],
      [link('/articles', 'Articles'), ' that are published only once a clinician has reviewed them medically, with the date of that review.'],
      ['Answers to ', link('/faq', 'frequently asked questions'), '.'],
    ]),
    p('Nothing on this site is medical advice: only a consultation with a qualified clinician can say what suits you.'),
    h2('Our team'),
    p(
      b('Sample: '),
      "the clinic's clinicians and staff, with their qualifications and roles, go here. The names shown under the articles on this site are placeholders too.",
    ),
    h2('Talk with us'),
    p('To ask a question or to book a free consultation, call us or see ', link('/visit-us', 'Visit us'), ' for our address and opening hours.'),
  ],
  seo: {
    metaTitle: 'About the clinic',
    metaDescription: 'Who we are and how the clinic works.',
  },
  showContactDetails: false,
  showInFooter: false,
  footerOrder: 0,
};

const visitUs: PageSeed = {
  title: 'Visit us',
  slug: 'visit-us',
  summary: "The clinic's address, opening hours and phone number, and how to get here.",
  body: [
    h2('Getting here'),
    p(
      b('Sample: '),
      'directions go here: the nearest bus or train stop and how long the walk from it takes, where to park, and which entrance and floor the clinic is on.',
    ),
    h2('Access'),
    p(
      b('Sample: '),
      'whether the entrance has steps, whether there is a lift and an accessible toilet. If you need help to get in, call us before your visit and tell us what you need.',
    ),
    h2('Before your first visit'),
    p('Call us to book a time. If you cannot come, please let us know as early as you can.'),
  ],
  seo: {
    metaTitle: 'Visit us',
    metaDescription: "The clinic's address, opening hours and phone number, and how to get here.",
  },
  showContactDetails: true,
  showInFooter: true,
  footerOrder: 1,
};

const privacyPolicy: PageSeed = {
  title: 'Privacy policy',
  slug: 'privacy-policy',
  summary: 'What this website stores about you, why, for how long, and how to get a copy or have it erased.',
  body: [
    p(
      'This policy is about this website. It has no visitor accounts: you can read everything on it without telling us who you are. What you tell the clinic by phone or in person is not covered here.',
    ),
    h2('When you read the site'),
    p(
      'The site uses no analytics, no advertising and no tracking of any kind, and loads no scripts, fonts or trackers from other companies. It sets no cookies for visitors.',
    ),
    p(
      "Like every web server, ours writes an access log: for each request the IP address, the time, the address asked for, the address of the page that linked to it and the browser's user agent. It is used to keep the site working and to deal with attacks. How long the log is kept depends on the clinic's hosting (",
      b('sample: '),
      'the clinic states the period here).',
    ),
    h2('When you post a comment'),
    p('When you comment on an article, the site stores:'),
    ul([
      [b('Your name'), ', shown with your comment once it is approved.'],
      [b('Your email address'), ', which you must give. It is never shown on the site.'],
      [b('Your website'), ', if you give one; it is shown as a link on your name.'],
      [b('Your comment'), ', the article it is on and the comment it answers.'],
      [
        b('A keyed hash of your IP address'),
        ': a code computed from your IP address with a secret key. Your IP address itself is not stored, and neither it nor the hash is ever shown on the site.',
      ],
      [b("Your browser's user agent"), ' (the name and version your browser sends with every request). It is never shown on the site.'],
    ]),
    p(
      'Why: the name, website and text are what a comment shows. The email address, the IP address hash and the user agent are used to hold comments for moderation, to stop spam and repeated posting, and, if the clinic turns it on, to publish at once the comments of someone whose earlier comment was approved. The email address is also how you ask for your data (below).',
    ),
    p(
      "Every comment waits for a moderator before it is shown, unless that setting applies. Moderators see the email address, the IP address hash and the user agent in the clinic's admin panel; the clinic's editors do not. When a comment waits for moderation, moderators may get an email with your name and the start of your comment, never your email address or IP address.",
    ),
    p(
      'If you tick "Save my name, email, and website in this browser", they are kept in your own browser (not on our server) to fill in the form next time; post with the box unticked to remove them. Your comments that wait for moderation are also kept in your browser, so you see them in place until they are approved.',
    ),
    h2('When you ask for a consultation'),
    p('When you send the ', link('/consult', 'consultation request form'), ', the site stores:'),
    ul([
      [b('Your name'), ', and the ', b('phone number'), ' or ', b('email address'), ' you give (or both), which of them you prefer and the best time to call.'],
      [b('Your message'), ', if you write one. The form asks you not to include medical details.'],
      [b('When you agreed'), ' that the clinic may contact you about the request.'],
      [
        b('A keyed hash of your IP address'),
        " and your browser's user agent, as for comments, to stop spam and repeated requests; keyed hashes of your email address and phone number, so that we can find your requests when you ask for them; and a keyed hash of the whole request, to refuse the same request sent twice.",
      ],
      ['Whether the front desk has contacted you or closed the request, when it closes it, and a note the front desk may add about how it contacted you.'],
    ]),
    p('Why: so that the clinic can contact you about a consultation, as you asked. Nothing of a request is ever shown on the site.'),
    p(
      "Your name, phone number, email address, message and the front desk's note are stored encrypted, with a record of which encryption key was used. Only the clinic's front desk staff and its administrator can read them, in the clinic's admin panel; editors and comment moderators cannot. When a request arrives, the front desk gets an email saying only that there is a new request, never your name, contact details or message.",
    ),
    h2('How long we keep it'),
    p(
      'Nothing deletes comments automatically: a comment and everything stored with it are kept until the comment is deleted, or until you ask us to erase your data.',
    ),
    p(
      "A consultation request is deleted automatically 180 days after the front desk closes it, and in any case 365 days after you sent it (the site's default periods).",
    ),
    h2('Getting a copy, or having it erased'),
    p(
      'Call the clinic (see "Contact details" on this page) and give the email address you commented with, or the email address or phone number you gave in a consultation request. The clinic\'s administrator can then:',
    ),
    ul([
      'send you a copy of every comment written with that email address, with everything stored about it, and of every consultation request sent with that email address or phone number (give the phone number too if you used one);',
      'erase your personal data from all of them: your name becomes "Anonymous", your email address is replaced by a made-up one that cannot receive mail, and your website, IP address hash and user agent are removed. If you ask, your comments\' text is removed too. The comments themselves stay, so the replies to them keep their place. Your consultation requests are deleted.',
    ]),
    p('We may ask you to show that the email address is yours before we send a copy.'),
  ],
  seo: {
    metaTitle: 'Privacy policy',
    metaDescription: 'What this website stores about you, why, for how long, and how to get a copy or have it erased.',
  },
  showContactDetails: true,
  showInFooter: true,
  footerOrder: 2,
};

const accessibility: PageSeed = {
  title: 'Accessibility statement',
  slug: 'accessibility',
  summary: 'How accessible this website is, how we check it, what we know does not work well yet, and how to tell us about a barrier.',
  body: [
    p(
      'We want everyone to be able to use this website, including people who use a screen reader, a keyboard instead of a mouse, magnification or voice control.',
    ),
    h2('Conformance status'),
    p(
      'Our target is the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. The site has not been audited by an independent expert, so we do not claim that it fully conforms.',
    ),
    h2('How we check it'),
    ul([
      "Every change to the site's code runs automated checks (axe-core) for WCAG 2.0, 2.1 and 2.2 level A and AA on every kind of page, on a desktop and on a phone screen size.",
      'Automated tests also use the site with the keyboard alone: writing and sending a comment, opening the answers to the frequently asked questions.',
      'Every page has a link to skip to its content, and after moving to another page the focus goes to its content.',
      'The pages arrive with their content, so they can be read before their scripts have loaded.',
    ]),
    h2('Known limitations'),
    ul([
      'Automated checks find only some kinds of barriers. The site has not yet been tested by people who use assistive technology.',
      "The checks run on the site's sample content. Text and images that editors add later are not checked automatically: an image without a description or a heading out of order can slip in.",
      'Comments are written by visitors and are shown as they wrote them.',
      'Posting a comment needs JavaScript.',
    ]),
    h2('Tell us about a barrier'),
    p(
      'If something on this site is hard or impossible for you to use, please tell us: call us (the number is under "Contact details" on this page and at the end of every page) and say which page and what went wrong. We will try to give you the information another way and to fix the problem.',
    ),
    h2('About this statement'),
    p(
      'This statement follows the model of the W3C Web Accessibility Initiative. It was written when the site was built (',
      b('sample: '),
      'the clinic adds the date it last reviewed this statement).',
    ),
  ],
  seo: {
    metaTitle: 'Accessibility statement',
    metaDescription: 'How accessible this website is, how we check it, its known limitations and how to report a barrier.',
  },
  showContactDetails: true,
  showInFooter: true,
  footerOrder: 3,
};

export const pages: PageSeed[] = [about, visitUs, privacyPolicy, accessibility];
