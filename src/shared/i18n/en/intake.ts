// English wording of the intake questionnaire: step titles, question labels, hints and option
// labels. Shared (not renderer-only) so that the PDF summary in the main process prints the same
// words the patient heard. The structure is in src/shared/intake/questionnaire.ts.
//
// Labels are written to be read aloud by front-desk staff to a patient, so they are questions in
// plain words. The renderer shows them through vue-i18n: keep the characters { } @ $ | out of
// these texts (they are vue-i18n syntax). Cause and red-flag wording is NOT here: it belongs to
// the engine's knowledge base (src/shared/clinical).

export const intakeTexts = {
  notAnswered: 'Not answered',
  yes: 'Yes',
  no: 'No',
  steps: {
    painMap: {
      title: 'Pain map',
      intro: 'Ask the patient to show where it hurts, then mark every area.',
    },
    painPattern: {
      title: 'Pain pattern and intensity',
      intro: 'How the pain feels and how strong it is.',
    },
    onsetCourse: {
      title: 'Onset and course',
      intro: 'How and when this pain started.',
    },
    betterWorse: {
      title: 'Better or worse',
      intro: 'What makes the pain better and what makes it worse.',
    },
    nerveSymptoms: {
      title: 'Nerve symptoms',
      intro:
        'Numbness, weakness, and changes in bladder, bowel or sex. Please ask every question: some need a clinician the same day.',
    },
    hipSymptoms: {
      title: 'Hip symptoms',
      intro: 'How the hip behaves when moving and standing.',
    },
    generalHealth: {
      title: 'General health and history',
      intro: 'General health, illnesses and treatments.',
    },
    jointsSkinFamily: {
      title: 'Joints, skin, bowel, eyes and family',
      intro: 'Other joints and conditions, and illnesses in the family.',
    },
    spineShape: {
      title: 'Spine shape',
      intro: 'The shape of the spine.',
    },
    functionCare: {
      title: 'Function and earlier care',
      intro: 'How the pain affects daily life, and care so far.',
    },
    review: {
      title: 'Review and submit',
      intro: 'Check the answers, ask any questions still open, then submit.',
    },
  },
  questions: {
    painSites: {
      label: 'Where do you feel the pain?',
      hint: 'Mark every area that hurts. Left and right are the patient’s own left and right.',
    },
    legPainVsBackPain: {
      label: 'Do you have pain in your leg? If so, is the leg or the back worse?',
    },
    painQuality: {
      label: 'What does the pain feel like?',
      hint: 'Choose all that fit.',
    },
    painNow: {
      label: 'How bad is the pain right now?',
      hint: '0 is no pain, 10 is the worst pain you can imagine.',
    },
    painWorstWeek: {
      label: 'How bad was the pain at its worst in the past week?',
      hint: '0 is no pain, 10 is the worst pain you can imagine.',
    },
    painAverageWeek: {
      label: 'How bad was the pain on average in the past week?',
      hint: '0 is no pain, 10 is the worst pain you can imagine.',
    },
    onset: {
      label: 'Did the pain start suddenly or come on slowly?',
    },
    onsetEvent: {
      label: 'Did anything set it off?',
      hint: 'Choose all that fit, or “Nothing I know of”.',
    },
    durationWeeks: {
      label: 'How many weeks has this episode of pain lasted?',
      hint: 'In weeks; half weeks are fine, for example 1.5. Six months is about 26 weeks.',
    },
    ageAtFirstBackPain: {
      label: 'How old were you when you first ever had back pain?',
      hint: 'Age in whole years.',
    },
    previousEpisodes: {
      label: 'Have you had episodes of this pain before?',
    },
    morningStiffness: {
      label: 'When you get up in the morning, how long are you stiff?',
    },
    nightPain: {
      label: 'Does the pain bother you at night?',
    },
    effectOfExercise: {
      label: 'What does exercise or moving about do to the pain?',
    },
    effectOfRest: {
      label: 'What does resting do to the pain?',
    },
    worseWith: {
      label: 'What makes the pain worse?',
      hint: 'Choose all that fit.',
    },
    betterWith: {
      label: 'What makes the pain better?',
      hint: 'Choose all that fit.',
    },
    nsaidResponse: {
      label: 'Have anti-inflammatory painkillers, such as ibuprofen or naproxen, helped?',
    },
    alternatingButtockPain: {
      label: 'Does the pain in your buttocks switch from one side to the other?',
    },
    walkingLimitedByLegSymptoms: {
      label:
        'When you walk, do your legs ache, get tired or go numb so that you have to stop and rest?',
    },
    numbnessOrTingling: {
      label: 'Do you have numbness or pins and needles in your legs?',
    },
    legWeakness: {
      label: 'Do your legs feel weak?',
    },
    weaknessWorsening: {
      label: 'Is the weakness getting worse?',
    },
    saddleNumbness: {
      label:
        'Is there new numbness or a strange feeling between your legs, or around your bottom or private parts?',
      hint: 'For example, it feels different when wiping after the toilet.',
    },
    bladderChange: {
      label:
        'Is there any new trouble passing urine: hard to start or stop, or leaking without warning?',
    },
    bowelChange: {
      label: 'Is there any new loss of control of your bowels, or of feeling when you go?',
    },
    sexualFunctionChange: {
      label: 'Is there any new change in feeling or function during sex?',
    },
    hipClickingLockingCatching: {
      label: 'Does your hip click, lock or catch when you move?',
    },
    hipGivingWay: {
      label: 'Does your hip suddenly give way?',
    },
    unableToBearWeight: {
      label: 'Is it so bad that you cannot stand or put weight on the leg?',
    },
    fever: {
      label: 'Have you had a fever or chills with this pain?',
    },
    unexplainedWeightLoss: {
      label: 'Have you lost weight without trying?',
    },
    nightSweats: {
      label: 'Do you have night sweats that soak your bedclothes?',
    },
    historyOfCancer: {
      label: 'Have you ever had cancer?',
    },
    recentInfection: {
      label: 'Have you had an infection in the last 3 months?',
      hint: 'For example a urine, chest or skin infection.',
    },
    injectionDrugUse: {
      label: 'Do you inject drugs, or have you in the past?',
    },
    immunosuppressed: {
      label: 'Is your immune system weakened by an illness or by medicine?',
      hint: 'For example HIV, chemotherapy or transplant medicines.',
    },
    diabetes: {
      label: 'Do you have diabetes?',
    },
    longTermSteroids: {
      label: 'Have you taken steroid tablets, such as prednisolone, for 3 months or more?',
    },
    osteoporosis: {
      label: 'Have you been told you have thin or weak bones (osteoporosis)?',
    },
    recentSpineOrHipProcedure: {
      label: 'Have you had an operation or injection in your spine or hip in the last 3 months?',
    },
    hipReplacement: {
      label: 'Do you have an artificial hip (hip replacement)?',
    },
    otherJointsSwollen: {
      label: 'Are any other joints swollen?',
    },
    diagnosedRheumatoidArthritis: {
      label: 'Has a doctor told you that you have rheumatoid arthritis?',
    },
    psoriasis: {
      label: 'Do you have psoriasis (a skin condition with red, scaly patches)?',
    },
    inflammatoryBowelDisease: {
      label: 'Do you have Crohn’s disease or ulcerative colitis?',
    },
    uveitis: {
      label: 'Have you had uveitis or iritis (a painful red eye with blurred vision)?',
    },
    heelOrTendonPain: {
      label: 'Do you have pain in your heel or in a tendon, such as the back of the ankle?',
    },
    familyHistorySpondyloarthritis: {
      label:
        'Does a parent, brother, sister or child have ankylosing spondylitis, psoriasis, Crohn’s or colitis, reactive arthritis or uveitis?',
    },
    diagnosedScoliosis: {
      label: 'Has a doctor told you that you have scoliosis (a sideways curve of the spine)?',
    },
    unevenShouldersOrHips: {
      label: 'Are your shoulders or hips uneven, or is there a visible curve in your back?',
    },
    familyHistoryScoliosis: {
      label: 'Does anyone in your family have scoliosis?',
    },
    interferenceEnjoyment: {
      label: 'In the past week, how much has pain got in the way of enjoying life?',
      hint: '0 is not at all, 10 is completely.',
    },
    interferenceActivity: {
      label: 'In the past week, how much has pain got in the way of your daily activities?',
      hint: '0 is not at all, 10 is completely.',
    },
    priorTreatments: {
      label: 'What treatment have you had for this pain so far?',
      hint: 'Choose all that fit, or “None”.',
    },
    priorImaging: {
      label: 'Have you had any scans or X-rays for this pain?',
      hint: 'Choose all that fit, or “None”.',
    },
    medications: {
      label: 'What medicines do you take?',
      hint: 'Names and doses if known.',
    },
    allergies: {
      label: 'Do you have any allergies?',
      hint: 'Medicines, foods or other; what happens.',
    },
    notes: {
      label: 'Anything else the clinician should know?',
      hint: 'Notes from the patient or from staff.',
    },
  },
  options: {
    painSites: {
      low_back_central: 'Lower back, middle',
      low_back_left: 'Lower back, left side',
      low_back_right: 'Lower back, right side',
      buttock_left: 'Buttock, left',
      buttock_right: 'Buttock, right',
      hip_lateral_left: 'Outer hip, left',
      hip_lateral_right: 'Outer hip, right',
      groin_left: 'Groin, left',
      groin_right: 'Groin, right',
      thigh_back_left: 'Back of thigh, left',
      thigh_back_right: 'Back of thigh, right',
      thigh_outer_left: 'Outer thigh, left',
      thigh_outer_right: 'Outer thigh, right',
      below_knee_left: 'Below the knee, left',
      below_knee_right: 'Below the knee, right',
      foot_left: 'Foot, left',
      foot_right: 'Foot, right',
    },
    legPainVsBackPain: {
      no_leg_pain: 'No leg pain',
      back_worse: 'Back is worse than leg',
      about_equal: 'Back and leg about the same',
      leg_worse: 'Leg is worse than back',
    },
    painQuality: {
      aching: 'Aching',
      sharp: 'Sharp',
      burning: 'Burning',
      shooting: 'Shooting',
      electric: 'Like an electric shock',
      throbbing: 'Throbbing',
      stiff: 'Stiff',
    },
    onset: {
      sudden: 'Suddenly',
      gradual: 'Slowly, over days or weeks',
    },
    onsetEvent: {
      lifting: 'Lifting something',
      twisting_bending: 'Twisting or bending',
      sport_exercise: 'Sport or exercise',
      fall_same_level: 'A fall while standing or walking',
      fall_from_height: 'A fall from a height, such as a ladder or stairs',
      vehicle_collision: 'A car, bike or other traffic accident',
      direct_blow: 'A direct blow or hit',
      prolonged_sitting: 'Sitting for a long time',
      none_known: 'Nothing I know of',
    },
    morningStiffness: {
      none: 'Not stiff',
      under_30_min: 'Less than 30 minutes',
      '30_to_60_min': '30 minutes to 1 hour',
      over_60_min: 'More than 1 hour',
    },
    nightPain: {
      none: 'No pain at night',
      wakes_second_half_eases_on_rising:
        'Wakes me in the second half of the night, and eases once I get up',
      constant_any_position: 'Constant, whatever position I lie in',
      other: 'Some other night pain',
    },
    effectOfExercise: {
      better: 'Better',
      worse: 'Worse',
      no_change: 'No change',
      unknown: 'Don’t know',
    },
    effectOfRest: {
      better: 'Better',
      worse: 'Worse',
      no_change: 'No change',
      unknown: 'Don’t know',
    },
    worseWith: {
      sitting: 'Sitting',
      standing: 'Standing',
      walking: 'Walking',
      bending_forward: 'Bending forward',
      bending_backward: 'Bending backward',
      lifting: 'Lifting',
      cough_sneeze_strain: 'Coughing, sneezing or straining',
      lying_on_side: 'Lying on the painful side',
      stairs: 'Stairs',
      rising_from_chair: 'Getting up from a chair',
      pivoting_twisting: 'Turning or twisting on the leg',
    },
    betterWith: {
      rest: 'Rest',
      sitting: 'Sitting',
      bending_forward: 'Bending forward',
      lying_down: 'Lying down',
      movement: 'Moving about',
      heat: 'Heat',
      anti_inflammatories: 'Anti-inflammatory painkillers',
    },
    nsaidResponse: {
      good_within_48h: 'Yes, much better within 2 days',
      partial: 'A little',
      none: 'No, they did not help',
      not_tried: 'Not tried',
    },
    numbnessOrTingling: {
      none: 'No',
      one_leg: 'Yes, in one leg',
      both_legs: 'Yes, in both legs',
    },
    legWeakness: {
      none: 'No',
      one_leg: 'Yes, one leg',
      both_legs: 'Yes, both legs',
    },
    otherJointsSwollen: {
      none: 'No',
      one_to_three_large: 'One to three large joints, such as a knee or ankle',
      many_small_hands_feet: 'Many small joints of the hands or feet',
    },
    priorTreatments: {
      physical_therapy: 'Physiotherapy',
      chiropractic: 'Chiropractic',
      medication: 'Medicines',
      injection: 'Injection',
      surgery: 'Surgery',
      none: 'None',
    },
    priorImaging: {
      xray: 'X-ray',
      mri: 'MRI scan',
      ct: 'CT scan',
      none: 'None',
    },
  },
  /** Shown next to a number box. */
  units: {
    durationWeeks: 'weeks',
    ageAtFirstBackPain: 'years old',
  },
  /** Labels drawn on the body diagram (the SVG carries its own copy for the PDF). */
  bodyMap: {
    front: 'Front',
    back: 'Back',
    left: 'Left',
    right: 'Right',
    sidesNote: 'Left and right are the patient’s own',
  },
} as const

export type IntakeTexts = typeof intakeTexts
