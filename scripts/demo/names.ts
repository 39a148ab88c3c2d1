// Where residents come from, with names as they are really spelled (diacritics and all): the search
// must find "Đorđević" typed as "djordjevic", and lists must sort "Šćepanović" where a Serb expects it.
export interface Origin {
  nationality: string;
  languages: string[];
  female: string[];
  male: string[];
  family: string[];
  /** Relative share of referrals. */
  weight: number;
}

export const ORIGINS: Origin[] = [
  {
    nationality: 'Serbia',
    languages: ['Serbian'],
    female: ['Jelena', 'Milica', 'Ana', 'Marija', 'Jovana', 'Ivana', 'Dragana', 'Snežana', 'Tijana', 'Nevena', 'Đurđa', 'Žaklina', 'Ljiljana', 'Anđela', 'Katarina', 'Sanja', 'Teodora', 'Slađana', 'Mirjana', 'Danijela'],
    male: ['Marko', 'Nikola', 'Stefan', 'Luka', 'Đorđe', 'Miloš', 'Nemanja', 'Dušan', 'Vuk', 'Lazar', 'Željko', 'Aleksa'],
    family: ['Đorđević', 'Šćepanović', 'Marković', 'Petrović', 'Jovanović', 'Nikolić', 'Ilić', 'Stojanović', 'Pavlović', 'Živković', 'Mitrović', 'Đukić', 'Čolić', 'Savić', 'Kovačević', 'Ćirić', 'Lukić', 'Radosavljević', 'Todorović', 'Stanković', 'Janković', 'Kostić', 'Šarić', 'Bajramović', 'Demirović'],
    weight: 50,
  },
  {
    nationality: 'Romania',
    languages: ['Romanian'],
    female: ['Ioana', 'Andreea', 'Elena', 'Mihaela', 'Ana-Maria', 'Bianca', 'Ștefania', 'Alexandra'],
    male: ['Andrei', 'Ionuț', 'Mihai'],
    family: ['Popescu', 'Ionescu', 'Dumitru', 'Stănescu', 'Rădulescu', 'Constantinescu', 'Țurcanu'],
    weight: 8,
  },
  {
    nationality: 'Vietnam',
    languages: ['Vietnamese'],
    female: ['Thị Hương', 'Thu Trang', 'Ngọc Anh', 'Thị Lan', 'Phương Linh'],
    male: ['Văn Minh', 'Đức Anh'],
    family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng'],
    weight: 4,
  },
  {
    nationality: 'Nigeria',
    languages: ['English', 'Yoruba'],
    female: ['Adaeze', 'Chiamaka', 'Blessing', 'Oluwaseun', 'Funmilayo', 'Ngozi', 'Precious'],
    male: ['Chinedu', 'Oluwatobi'],
    family: ['Oyelaran', 'Okafor', 'Adeyemi', 'Eze', 'Nwosu', 'Okonkwo'],
    weight: 5,
  },
  {
    nationality: 'Ukraine',
    languages: ['Ukrainian', 'Russian'],
    female: ['Olena', 'Oksana', 'Iryna', 'Kateryna', 'Yuliia'],
    male: ['Oleksandr', 'Dmytro'],
    family: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Melnyk'],
    weight: 5,
  },
  {
    nationality: 'Moldova',
    languages: ['Romanian', 'Russian'],
    female: ['Natalia', 'Cristina', 'Victoria', 'Doina'],
    male: ['Ion', 'Vasile'],
    family: ['Rusu', 'Ceban', 'Cojocaru', 'Munteanu'],
    weight: 4,
  },
  {
    nationality: 'Albania',
    languages: ['Albanian'],
    female: ['Arta', 'Besa', 'Drita', 'Elira', 'Blerina'],
    male: ['Arben', 'Ilir'],
    family: ['Hoxha', 'Krasniqi', 'Berisha', 'Gashi', 'Çela'],
    weight: 4,
  },
  {
    nationality: 'Bosnia and Herzegovina',
    languages: ['Bosnian'],
    female: ['Amra', 'Lejla', 'Emina', 'Selma', 'Aida'],
    male: ['Adnan', 'Haris'],
    family: ['Hadžić', 'Begović', 'Mehmedović', 'Šehić', 'Čaušević'],
    weight: 6,
  },
  {
    nationality: 'Bulgaria',
    languages: ['Bulgarian'],
    female: ['Desislava', 'Mariya', 'Tsvetelina', 'Radostina'],
    male: ['Georgi', 'Stoyan'],
    family: ['Georgieva', 'Dimitrova', 'Ivanova', 'Petkova'],
    weight: 3,
  },
  {
    nationality: 'Afghanistan',
    languages: ['Dari', 'Pashto'],
    female: ['Zahra', 'Mariam', 'Farzana', 'Shabnam'],
    male: ['Ahmad', 'Farid', 'Jawad'],
    family: ['Ahmadi', 'Rahimi', 'Hosseini', 'Karimi'],
    weight: 4,
  },
  {
    nationality: 'Dominican Republic',
    languages: ['Spanish'],
    female: ['María José', 'Yesenia', 'Rosalía', 'Dayana'],
    male: ['José Luis'],
    family: ['Peña', 'Núñez', 'Jiménez', 'Báez'],
    weight: 2,
  },
];

export const ALIASES = ['Lela', 'Mimi', 'Sunny', 'Bela', 'Ceca', 'Maja', 'Nina', 'Zara', 'Lili', 'Tara', 'Vera', 'Roza'];

export const STAFF_NAMES = ['Vesna Ristić', 'Gordana Pešić', 'Bojana Nedeljković', 'Mina Vasić', 'Tamara Filipović'];

export const GUARDIANS = ['Zorica Milenković', 'Slobodan Radić', 'Branka Simić', 'Dejan Obradović', 'Ljubica Aćimović'];
