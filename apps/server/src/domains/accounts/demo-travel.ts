import type { CarItinerary, FlightItinerary, HotelItinerary, TravelBookingStatus } from './core.ts';
import { addDays, createRng } from './demo-random.ts';

/*
 * Trips booked through the issuer's travel service, relative to the seeding day. Flights and
 * prepaid hotels are charged when booked (and refunded when cancelled); car rentals when returned.
 */

interface FlightLeg {
  carrier: string;
  flightNumber: string;
  from: string;
  to: string;
  /** Days after the trip starts. */
  dayOffset: number;
  departs: string;
  arrivesDayOffset: number;
  arrives: string;
  cabin: string;
}

export type TravelProfile = {
  id: string;
  cardmemberId: string;
  cardAccountId: string;
  status: TravelBookingStatus;
  /** Negative for trips in the past. */
  startsInDays: number;
  durationDays: number;
  bookedDaysAgo: number;
  totalCents: number;
} & (
  | { kind: 'flight'; travelers: string[]; legs: FlightLeg[] }
  | { kind: 'hotel'; property: string; city: string; roomType: string; guests: number }
  | {
      kind: 'car';
      company: string;
      pickUpLocation: string;
      dropOffLocation: string;
      pickUpTime: string;
      dropOffTime: string;
      carClass: string;
    }
);

/** Sofía's usual Miami–Bogotá round trip (10 days), booked twice in the demo data. */
const MIA_BOG_ROUND_TRIP = [
  {
    carrier: 'Avianca',
    flightNumber: 'AV 19',
    from: 'MIA',
    to: 'BOG',
    dayOffset: 0,
    departs: '11:35',
    arrivesDayOffset: 0,
    arrives: '14:55',
    cabin: 'Economy',
  },
  {
    carrier: 'Avianca',
    flightNumber: 'AV 18',
    from: 'BOG',
    to: 'MIA',
    dayOffset: 10,
    departs: '06:50',
    arrivesDayOffset: 10,
    arrives: '11:45',
    cabin: 'Economy',
  },
];

export const TRAVEL_PROFILES: readonly TravelProfile[] = [
  {
    id: 'tb_maria_flight_sju',
    cardmemberId: 'cm_maria_gonzalez',
    cardAccountId: 'ca_maria_gold',
    kind: 'flight',
    status: 'booked',
    startsInDays: 24,
    durationDays: 8,
    bookedDaysAgo: 30,
    totalCents: 78_460,
    travelers: ['María González', 'Carlos González'],
    legs: [
      {
        carrier: 'American Airlines',
        flightNumber: 'AA 1405',
        from: 'ORD',
        to: 'SJU',
        dayOffset: 0,
        departs: '07:05',
        arrivesDayOffset: 0,
        arrives: '13:20',
        cabin: 'Main Cabin',
      },
      {
        carrier: 'American Airlines',
        flightNumber: 'AA 2612',
        from: 'SJU',
        to: 'ORD',
        dayOffset: 8,
        departs: '15:10',
        arrivesDayOffset: 8,
        arrives: '19:05',
        cabin: 'Main Cabin',
      },
    ],
  },
  {
    id: 'tb_maria_hotel_sju',
    cardmemberId: 'cm_maria_gonzalez',
    cardAccountId: 'ca_maria_gold',
    kind: 'hotel',
    status: 'booked',
    startsInDays: 24,
    durationDays: 8,
    bookedDaysAgo: 29,
    totalCents: 161_200,
    property: 'Hotel El Convento',
    city: 'San Juan, PR',
    roomType: 'Deluxe King',
    guests: 2,
  },
  {
    id: 'tb_james_flight_lhr',
    cardmemberId: 'cm_james_carter',
    cardAccountId: 'ca_james_platinum',
    kind: 'flight',
    status: 'completed',
    startsInDays: -40,
    durationDays: 7,
    bookedDaysAgo: 75,
    totalCents: 412_830,
    travelers: ['James Carter'],
    legs: [
      {
        carrier: 'Delta Air Lines',
        flightNumber: 'DL 30',
        from: 'ATL',
        to: 'LHR',
        dayOffset: 0,
        departs: '21:45',
        arrivesDayOffset: 1,
        arrives: '11:10',
        cabin: 'Delta One',
      },
      {
        carrier: 'Delta Air Lines',
        flightNumber: 'DL 31',
        from: 'LHR',
        to: 'ATL',
        dayOffset: 7,
        departs: '12:40',
        arrivesDayOffset: 7,
        arrives: '17:25',
        cabin: 'Delta One',
      },
    ],
  },
  {
    id: 'tb_james_hotel_lhr',
    cardmemberId: 'cm_james_carter',
    cardAccountId: 'ca_james_platinum',
    kind: 'hotel',
    status: 'completed',
    startsInDays: -39,
    durationDays: 6,
    bookedDaysAgo: 74,
    totalCents: 318_600,
    property: 'The Langham, London',
    city: 'London, UK',
    roomType: 'Grand King',
    guests: 1,
  },
  {
    id: 'tb_james_car_den',
    cardmemberId: 'cm_james_carter',
    cardAccountId: 'ca_james_travel',
    kind: 'car',
    status: 'booked',
    startsInDays: 12,
    durationDays: 4,
    bookedDaysAgo: 6,
    totalCents: 36_872,
    company: 'Hertz',
    pickUpLocation: 'Denver International Airport (DEN)',
    dropOffLocation: 'Denver International Airport (DEN)',
    pickUpTime: '10:30',
    dropOffTime: '16:00',
    carClass: 'Standard SUV',
  },
  {
    id: 'tb_priya_flight_ord',
    cardmemberId: 'cm_priya_patel',
    cardAccountId: 'ca_priya_business',
    kind: 'flight',
    status: 'booked',
    startsInDays: 9,
    durationDays: 3,
    bookedDaysAgo: 18,
    totalCents: 52_380,
    travelers: ['Priya Patel'],
    legs: [
      {
        carrier: 'United Airlines',
        flightNumber: 'UA 1127',
        from: 'EWR',
        to: 'ORD',
        dayOffset: 0,
        departs: '08:00',
        arrivesDayOffset: 0,
        arrives: '09:42',
        cabin: 'Economy Plus',
      },
      {
        carrier: 'United Airlines',
        flightNumber: 'UA 2290',
        from: 'ORD',
        to: 'EWR',
        dayOffset: 3,
        departs: '17:15',
        arrivesDayOffset: 3,
        arrives: '20:38',
        cabin: 'Economy Plus',
      },
    ],
  },
  {
    id: 'tb_priya_hotel_chi',
    cardmemberId: 'cm_priya_patel',
    cardAccountId: 'ca_priya_business',
    kind: 'hotel',
    status: 'booked',
    startsInDays: 9,
    durationDays: 3,
    bookedDaysAgo: 18,
    totalCents: 89_700,
    property: 'Hyatt Regency Chicago',
    city: 'Chicago, IL',
    roomType: 'King Room',
    guests: 1,
  },
  {
    id: 'tb_luis_car_sat',
    cardmemberId: 'cm_luis_hernandez',
    cardAccountId: 'ca_luis_cash',
    kind: 'car',
    status: 'completed',
    startsInDays: -20,
    durationDays: 3,
    bookedDaysAgo: 34,
    totalCents: 21_460,
    company: 'Enterprise Rent-A-Car',
    pickUpLocation: 'San Antonio International Airport (SAT)',
    dropOffLocation: 'San Antonio International Airport (SAT)',
    pickUpTime: '09:00',
    dropOffTime: '09:00',
    carClass: 'Midsize',
  },
  {
    id: 'tb_sofia_flight_bog_1',
    cardmemberId: 'cm_sofia_ramirez',
    cardAccountId: 'ca_sofia_travel',
    kind: 'flight',
    status: 'cancelled',
    startsInDays: -15,
    durationDays: 10,
    bookedDaysAgo: 52,
    totalCents: 68_940,
    travelers: ['Sofía Ramírez'],
    legs: MIA_BOG_ROUND_TRIP,
  },
  {
    id: 'tb_sofia_flight_bog_2',
    cardmemberId: 'cm_sofia_ramirez',
    cardAccountId: 'ca_sofia_travel',
    kind: 'flight',
    status: 'booked',
    startsInDays: 35,
    durationDays: 10,
    bookedDaysAgo: 12,
    totalCents: 74_310,
    travelers: ['Sofía Ramírez', 'Mateo Ramírez'],
    legs: MIA_BOG_ROUND_TRIP,
  },
];

/** Row shape of `core_travel_bookings`, with the itinerary placed around `today`. */
export interface TravelBookingDraft {
  id: string;
  cardmemberId: string;
  cardAccountId: string;
  reference: string;
  kind: TravelProfile['kind'];
  itinerary: FlightItinerary | HotelItinerary | CarItinerary;
  totalCents: number;
  status: TravelBookingStatus;
  startsOn: string;
  endsOn: string;
  bookedOn: string;
}

const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function buildTravelBooking(profile: TravelProfile, today: string): TravelBookingDraft {
  const rng = createRng(`${profile.id}:reference`);
  let reference = '';
  for (let i = 0; i < 6; i++) reference += rng.pick([...REFERENCE_ALPHABET]);
  const startsOn = addDays(today, profile.startsInDays);
  const endsOn = addDays(startsOn, profile.durationDays);
  let itinerary: FlightItinerary | HotelItinerary | CarItinerary;
  switch (profile.kind) {
    case 'flight':
      itinerary = {
        travelers: profile.travelers,
        segments: profile.legs.map((leg) => ({
          carrier: leg.carrier,
          flightNumber: leg.flightNumber,
          from: leg.from,
          to: leg.to,
          departsAt: `${addDays(startsOn, leg.dayOffset)}T${leg.departs}`,
          arrivesAt: `${addDays(startsOn, leg.arrivesDayOffset)}T${leg.arrives}`,
          cabin: leg.cabin,
        })),
      };
      break;
    case 'hotel':
      itinerary = {
        property: profile.property,
        city: profile.city,
        checkIn: startsOn,
        checkOut: endsOn,
        roomType: profile.roomType,
        guests: profile.guests,
      };
      break;
    case 'car':
      itinerary = {
        company: profile.company,
        pickUpLocation: profile.pickUpLocation,
        dropOffLocation: profile.dropOffLocation,
        pickUpAt: `${startsOn}T${profile.pickUpTime}`,
        dropOffAt: `${endsOn}T${profile.dropOffTime}`,
        carClass: profile.carClass,
      };
      break;
  }
  return {
    id: profile.id,
    cardmemberId: profile.cardmemberId,
    cardAccountId: profile.cardAccountId,
    reference,
    kind: profile.kind,
    itinerary,
    totalCents: profile.totalCents,
    status: profile.status,
    startsOn,
    endsOn,
    bookedOn: addDays(today, -profile.bookedDaysAgo),
  };
}
