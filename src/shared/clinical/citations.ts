// Short citations for the "why" panel (SPEC section 5). Shared constants so the same source is
// always cited with the same words.

export const NICE_NG59 = 'NICE NG59 (2016, updated 2020): Low back pain and sciatica in over 16s'
export const NHS_CES_CARD = 'NHS cauda equina syndrome warning card'
export const FINUCANE_2020 =
  'Finucane et al., JOSPT 2020: international framework for red flags for potential serious spinal pathologies (bilateral sciatica can precede cauda equina syndrome)'
export const ACP_APS_2007 =
  'Chou et al., ACP/APS guideline 2007: diagnosis and treatment of low back pain'
export const DOWNIE_2013 =
  'Downie et al., BMJ 2013: red flags to screen for malignancy and fracture'
export const COCHRANE_FRACTURE =
  'Williams et al., Cochrane CD008643: red flags to screen for vertebral fracture'
export const SPINAL_INFECTION_RISKS =
  'Spinal infection risk factors: fever, recent infection or bacteraemia, injection drug use, immunosuppression, diabetes'
export const ASAS_IBP =
  'Sieper et al. 2009, ASAS expert criteria for inflammatory back pain (sensitivity 77%, specificity 91.7%)'
export const BERLIN_IBP = 'Rudwaleit et al. 2006, Berlin criteria for inflammatory back pain'
export const NICE_NG65 = 'NICE NG65 (2017): Spondyloarthritis in over 16s, referral features'
export const ACR_1991_HIP_OA = 'Altman et al. 1991, ACR clinical criteria for hip osteoarthritis'
export const ACR_EULAR_2010_RA =
  'Aletaha et al. 2010, ACR/EULAR classification criteria for rheumatoid arthritis'
export const ACR_1987_RA =
  'ACR 1987 revised criteria for rheumatoid arthritis (Arnett et al. 1988): morning stiffness of 1 hour or more'
export const KONNO_STENOSIS =
  'Konno et al. 2007, self-administered questionnaire for lumbar spinal stenosis'
export const NASS_STENOSIS =
  'NASS evidence-based guideline: diagnosis and treatment of degenerative lumbar spinal stenosis'
export const RADICULOPATHY =
  'Radiculopathy features: leg pain worse than back pain, below the knee, one side, dermatomal numbness; about 90% of sciatica is due to L4-5 or L5-S1 disc herniation'
export const GTPS =
  'Greater trochanteric pain syndrome: lateral hip pain, pain lying on the affected side and on stairs; peak age 40-60, more common in women'
export const LABRAL_TEAR =
  'Hip labral tear: groin pain, clicking, locking, catching, giving way, pain with pivoting or sitting'
export const HOPAYIAN_2010 = 'Hopayian et al. 2010: the clinical features of piriformis syndrome'
