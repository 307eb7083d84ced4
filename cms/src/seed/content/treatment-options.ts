import { b, p, ul } from './blocks';
import { selfCareForMood } from './self-care';
import type { TreatmentOptionSeed } from './types';

const askSideEffects = 'Ask your clinician about the side effects that apply to you.';
const askInsurer = 'Coverage varies by plan; check with your insurer.';
const rareImplants =
  'Surgical implants for pain are rare. Spinal cord stimulation and intrathecal drug delivery are the two main types.';

export const treatmentOptions: TreatmentOptionSeed[] = [
  {
    name: 'Ketamine infusion therapy',
    slug: 'ketamine-infusion-therapy',
    category: 'ketamine therapy',
    summary:
      'Ketamine given as an infusion into a vein (intravenously). It is one possible option for people with depression or persistent pain. Using ketamine for depression is off-label.',
    description: [
      p('In ketamine infusion therapy, ketamine is given as an infusion into a vein (intravenously).'),
      p(
        'The U.S. Food and Drug Administration (FDA) approved ketamine as an anesthetic in 1970. The FDA has not approved ketamine to treat depression.',
      ),
      p(
        'Because ketamine is an approved medicine, doctors can also use it "off-label". Off-label means using an approved medicine for a purpose other than the one it was approved for.',
      ),
      p(
        'The infusion can make you feel a little drowsy during and after treatment, but not enough to make you fall asleep.',
      ),
      p(
        'How soon symptoms ease depends on your overall health and on how severe your condition was before treatment. Some people feel an effect right away. Others notice improvement a day or two later.',
      ),
    ],
    howGiven: 'As an infusion into a vein (intravenously).',
    regulatoryStatus:
      'Ketamine has been FDA-approved as an anesthetic since 1970. It is not FDA-approved to treat depression or chronic pain, so using it for them is off-label.',
    commonSideEffects:
      'Common: drowsiness, mild nausea, a faster heartbeat and a temporary rise in blood pressure. Less common: agitation, vivid dreams and mood swings.',
    insuranceNote:
      "Ketamine infusion is an off-label treatment and is not usually covered by insurance. Depending on your plan, your diagnosis and your plan's in-network and out-of-network rules, you may get partial reimbursement. Check with your insurer.",
    order: 1,
  },
  {
    name: 'Esketamine nasal spray',
    slug: 'esketamine-nasal-spray',
    category: 'ketamine therapy',
    summary:
      'Esketamine (brand name Spravato) is a form of ketamine given as a nasal spray. It is FDA-approved for certain kinds of depression in adults and is given only in a certified healthcare setting. It is not approved for chronic pain.',
    description: [
      p('Esketamine (brand name Spravato) is a form of ketamine given as a nasal spray. It needs a prescription.'),
      p('What the U.S. Food and Drug Administration (FDA) has approved it for:'),
      ul([
        [
          b('March 5, 2019: '),
          'treatment-resistant depression in adults, used together with an antidepressant taken by mouth.',
        ],
        [
          b('2020: '),
          'depressive symptoms in adults with major depressive disorder who have acute suicidal thoughts or actions.',
        ],
        [b('January 2025: '), 'treatment-resistant depression in adults, also on its own.'],
      ]),
      p(b('Esketamine is not approved to treat chronic pain.')),
      p(
        'It is given only in a certified healthcare setting, under an FDA safety program called a REMS (Risk Evaluation and Mitigation Strategy). You are monitored for at least two hours after each dose.',
      ),
    ],
    howGiven:
      'As a nasal spray, only in a certified healthcare setting, with at least two hours of monitoring after each dose.',
    regulatoryStatus:
      'FDA-approved on March 5, 2019 for treatment-resistant depression in adults, together with an oral antidepressant; since January 2025 also on its own. Approved in 2020 for depressive symptoms in adults with major depressive disorder with acute suicidal thoughts or actions. Not approved for chronic pain. Available only under a REMS safety program.',
    commonSideEffects: askSideEffects,
    insuranceNote: askInsurer,
    order: 2,
  },
  {
    name: 'Over-the-counter and topical pain relievers',
    slug: 'over-the-counter-and-topical-pain-relievers',
    category: 'other pain treatment',
    summary:
      'Pain relievers you can buy without a prescription, such as acetaminophen and nonsteroidal anti-inflammatory drugs (NSAIDs). Topical pain relievers can give temporary, short-term relief.',
    description: [
      p('Over-the-counter pain relievers are medicines you can buy without a prescription. They include:'),
      ul([
        'acetaminophen',
        'nonsteroidal anti-inflammatory drugs (NSAIDs), such as aspirin, ibuprofen and naproxen',
      ]),
      p('Topical pain relievers, which you put on the skin, can give temporary, short-term relief.'),
    ],
    howGiven: 'Taken by mouth or, for topical pain relievers, put on the skin.',
    regulatoryStatus: 'Available without a prescription.',
    commonSideEffects: `${askSideEffects} Follow the directions on the label.`,
    insuranceNote: askInsurer,
    order: 3,
  },
  {
    name: 'Trigger point injections',
    slug: 'trigger-point-injections',
    category: 'other pain treatment',
    summary:
      'Injections that treat painful areas of muscle with trigger points: tight knots that form when muscles cannot relax.',
    description: [
      p(
        'Trigger points are tight knots of muscle that form when muscles cannot relax. Trigger point injections are used to treat these uncomfortable areas.',
      ),
      p('A treatment session is usually short and can bring lasting relief.'),
    ],
    howGiven: 'As injections into the trigger points, in a short treatment session.',
    regulatoryStatus: 'Ask your clinician whether this treatment suits you.',
    commonSideEffects: askSideEffects,
    insuranceNote: askInsurer,
    order: 4,
  },
  {
    name: 'Spinal cord stimulation',
    slug: 'spinal-cord-stimulation',
    category: 'other pain treatment',
    summary:
      'A surgically implanted device that sends mild electrical pulses to the spinal cord. Surgical implants for pain are rare.',
    description: [
      p('In spinal cord stimulation, an implanted device sends mild electrical pulses to the spinal cord.'),
      p(rareImplants),
    ],
    howGiven: 'Through a device placed in the body in surgery.',
    regulatoryStatus: 'Ask your clinician whether this treatment suits you.',
    commonSideEffects: askSideEffects,
    insuranceNote: askInsurer,
    order: 5,
  },
  {
    name: 'Intrathecal drug delivery',
    slug: 'intrathecal-drug-delivery',
    category: 'other pain treatment',
    summary:
      'A surgically implanted pain pump that delivers medicine into the fluid around the spinal cord. Surgical implants for pain are rare.',
    description: [
      p(
        'In intrathecal drug delivery, an implanted pain pump delivers medicine into the fluid around the spinal cord.',
      ),
      p(rareImplants),
    ],
    howGiven: 'Through a pain pump placed in the body in surgery.',
    regulatoryStatus: 'Ask your clinician whether this treatment suits you.',
    commonSideEffects: askSideEffects,
    insuranceNote: askInsurer,
    order: 6,
  },
  {
    name: 'Self-care for mood',
    slug: 'self-care-for-mood',
    category: 'self-care',
    summary:
      'Everyday steps that can help with symptoms of mood disorders, besides ketamine infusion therapy or esketamine nasal spray.',
    description: [
      ...selfCareForMood,
      p('Talk with your clinician about what is right for you.'),
    ],
    howGiven: 'At home, as part of your daily life.',
    regulatoryStatus: 'Not a medical treatment: these are everyday habits.',
    commonSideEffects: 'Ask your clinician which activities are right for you.',
    insuranceNote: 'Not applicable: these are everyday habits, not a billed treatment.',
    order: 7,
  },
];
