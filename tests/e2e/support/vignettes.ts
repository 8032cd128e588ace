// Dates for end-to-end patients made to match a vignette's age.
const pad = (n: number) => String(n).padStart(2, '0')

/** A day on this computer's calendar as YYYY-MM-DD. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** A date of birth that makes the patient `age` today (born `age` years and ten days ago). */
export function dateOfBirthForAge(age: number): string {
  const born = new Date()
  born.setFullYear(born.getFullYear() - age)
  born.setDate(born.getDate() - 10)
  return localDay(born)
}
