/**
 * Names for pseudonymous demo pupils: common Dutch first names and surnames, combined at
 * random, so no generated pupil is a real child.
 */
export const VOORNAMEN_JONGEN = [
  'Noah', 'Daan', 'Sem', 'Lucas', 'Levi', 'Finn', 'Milan', 'Bram', 'Luuk', 'Mees', 'Jesse',
  'Thijs', 'Adam', 'Sam', 'Julian', 'Liam', 'Ruben', 'Thomas', 'Max', 'Stijn', 'Jayden', 'Gijs',
  'Olivier', 'Hugo', 'Mohammed', 'Yusuf', 'Ibrahim', 'Tijn', 'Owen', 'Siem', 'Jens', 'Teun',
] as const

export const VOORNAMEN_MEISJE = [
  'Emma', 'Julia', 'Mila', 'Tess', 'Sophie', 'Zoë', 'Sara', 'Nora', 'Yara', 'Eva', 'Liv',
  'Lotte', 'Evi', 'Noor', 'Anna', 'Saar', 'Fleur', 'Lieke', 'Isa', 'Fenna', 'Maud', 'Roos',
  'Jasmijn', 'Fatima', 'Amira', 'Hiba', 'Nina', 'Elin', 'Lina', 'Vera', 'Femke', 'Olivia',
] as const

/** `[voorvoegsel, achternaam]`. */
export const ACHTERNAMEN: ReadonlyArray<readonly [string | null, string]> = [
  [null, 'Jansen'], ['de', 'Jong'], ['de', 'Vries'], ['van den', 'Berg'], ['van', 'Dijk'],
  [null, 'Bakker'], [null, 'Visser'], [null, 'Smit'], [null, 'Meijer'], ['de', 'Boer'],
  [null, 'Mulder'], ['de', 'Groot'], [null, 'Bos'], [null, 'Vos'], [null, 'Peters'],
  [null, 'Hendriks'], ['van', 'Leeuwen'], [null, 'Dekker'], [null, 'Brouwer'], ['de', 'Wit'],
  [null, 'Dijkstra'], [null, 'Smits'], ['de', 'Graaf'], [null, 'Kok'], ['van der', 'Meer'],
  ['van der', 'Linden'], [null, 'Jacobs'], ['van', 'Vliet'], [null, 'Willems'], ['van den', 'Bosch'],
  [null, 'Koster'], [null, 'Prins'], [null, 'Huisman'], [null, 'Kuipers'], ['van', 'Beek'],
  [null, 'Postma'], [null, 'Yilmaz'], [null, 'El Amrani'], [null, 'Şahin'], [null, 'Nguyen'],
  [null, 'Kramer'], ['ter', 'Horst'], [null, 'Veenstra'], [null, 'Hoekstra'], ['van', 'Wijk'],
]
