/*
 * Entity test messages for entities.jsonl. One message per line: `intent | text`, with each gold
 * mention marked `[mention]{type}` or `[mention]{type:value}`. Values left out are derived from the
 * mention (amount: the number; merchant and last4: the mention). Date values are always written
 * out, resolved against ENTITY_REFERENCE_DATE (a Wednesday). The generator computes the offsets.
 *
 * Gold conventions (INTENTS.md): money only with a sign or word; points, percentages, counts,
 * years, case and phone numbers are not amounts. Dates are specific days; periods ("last week",
 * "in July", "this year") and recurring days ("the 15th of every month") are not. Merchants are the
 * business on the other side of a transaction, booking, refund or credit; banks, wallets, payment
 * apps and the issuer's own products are not. last4 marks only the four digits.
 */

export const ENTITY_REFERENCE_DATE = '2025-09-17';

export const ENTITY_CASES = {
  en: `
dispute_charge | I was charged twice at [Starbucks]{merchant} on [Aug 9]{date:2025-08-09}, [$5.75]{amount} each time
unrecognized_charge | there's a charge of [$127.43]{amount} from [Amazon.com]{merchant} that I don't recognize
dispute_charge | dispute the [127.43 dollars]{amount} charge from [Best Buy]{merchant} on [08/15]{date:2025-08-15}, they charged me twice
card_declined | my card ending in [1005]{last4} was declined at [Costco]{merchant} [yesterday]{date:2025-09-16}
payment_status | I paid [$1,203.88]{amount} [last Friday]{date:2025-09-12} and it still isn't showing
credit_limit_increase | I want my limit raised to [$5k]{amount:5000}, I've had the card since 2019
pay_with_points | I have 45,000 points, can I use them for the [$312.40]{amount} [Delta]{merchant} charge?
apr_info | my APR is 29.99% and I was charged [$48.22]{amount} in interest this month
dispute_status | case 55120 is about the [Netflix]{merchant} charge from [last Tuesday]{date:2025-09-16}, any update?
dispute_charge | the [Uber Eats]{merchant} order from [Sunday]{date:2025-09-14} never arrived and they kept the [$32.10]{amount}
lock_card | lock card [4471]{last4} please, I think it's in my car
balance_inquiry | what's the balance on my card that ends with [9902]{last4}
card_declined | last four [3321]{last4}, why was I declined at [Shell]{merchant}?
dispute_charge | I returned a lamp to [IKEA]{merchant} on [July 28]{date:2025-07-28} and the [$89.99]{amount} credit never came
dispute_charge | [Walmart Supercenter]{merchant} charged me [$212.33]{amount} twice on [9/2]{date:2025-09-02}
redemption_issue | I redeemed 20,000 points on [Sept 1]{date:2025-09-01} and never got the [$200]{amount} credit
payment_status | my payment of [$500]{amount} on [09/10]{date:2025-09-10} hasn't posted
make_payment | schedule a payment of [$150]{amount} for [next Friday]{date:2025-09-26}
late_fee_waiver | I was charged a late fee of [$40]{amount} on [Sept 5]{date:2025-09-05} even though autopay was on
late_fee_waiver | in 2024 I had 3 late payments but this year none. can you waive the [$29]{amount} fee?
unrecognized_charge | a charge from [Hulu]{merchant} for [$17.99]{amount} on [09/03]{date:2025-09-03}, what is it
dispute_charge | [Marriott Hotels]{merchant} charged me [$389]{amount} for a night I cancelled
report_fraud | there are 6 charges on card [8812]{last4} I didn't make, all [today]{date:2025-09-17}
payment_status | sent [$89.50]{amount} [this morning]{date:2025-09-17} from my bank, has it hit the card yet?
dispute_status | call me at 555-201-8890 about my dispute, reference 882-113, it's been 60 days
apr_info | can I get a 0% APR for 12 months on balance transfers?
rewards_balance | I spent [$3,000]{amount} at [Whole Foods Market]{merchant} this year, how many points is that
digital_wallet | Apple Pay declined my card at [Trader Joe's]{merchant} [yesterday]{date:2025-09-16} but the plastic works
remove_authorized_user | remove the authorized user card ending in [7712]{last4}
dispute_charge | [Spotify USA]{merchant} keeps charging [$11.99]{amount} after I cancelled in July
dispute_charge | [DoorDash]{merchant} charged [$23.10]{amount} twice [3 days ago]{date:2025-09-14}
trip_protection | my flight on [United Airlines]{merchant} was delayed on [Sept 8]{date:2025-09-08} and I spent [$240]{amount} on a hotel
travel_booking | the [Hilton]{merchant} booking I made for [Oct 3]{date:2025-10-03} through your portal isn't showing at the front desk
dispute_charge | [Hertz]{merchant} charged me [$300]{amount} for a scratch that was already there
late_fee_waiver | can you waive the [$39]{amount} late fee from [08/28]{date:2025-08-28}
balance_inquiry | my balance is [$4,300.12]{amount} and my limit is [$6,000]{amount}, how much is available exactly
lost_stolen_card | I lost my card at [Chipotle Mexican Grill]{merchant} [last night]{date:2025-09-16} and they don't have it
dispute_charge | I need to dispute a [$67.50]{amount} charge at [Chevron]{merchant} from [Aug 2]{date:2025-08-02}, I paid cash
unrecognized_charge | there's a [$1]{amount} charge from [SQ *BLUE BOTTLE]{merchant}, what's that
unrecognized_charge | what is '[APL*ITUNES]{merchant}' for [$0.99]{amount}? I don't have an iphone
unrecognized_charge | [TST* LUNA KITCHEN]{merchant} charged me [$17.38]{amount} on [Friday]{date:2025-09-12} and I've never been there
payment_status | paid [$250]{amount} on [Monday]{date:2025-09-15} from my checking, still pending
dispute_charge | the card ending [4410]{last4} shows a [$45]{amount} charge from [Lyft Ride]{merchant} for a ride I cancelled
unrecognized_charge | I was charged [€50]{amount} at a museum in Paris on [Sept 2]{date:2025-09-02}? I wasn't in Paris
make_payment | pay [1200 dollars]{amount} [tomorrow]{date:2025-09-18} from my savings
balance_inquiry | do I owe like [40 bucks]{amount} or more than that
balance_inquiry | my statement says I owe [$2,341.07]{amount} and the minimum is [$35]{amount}, is that right
add_authorized_user | I have 3 authorized users and want to add 2 more cards for my kids
product_change | I've been a member since 2009, can I upgrade to the platinum
rewards_balance | did I earn 5x points on [Delta Air Lines]{merchant} flights? I spent [$920]{amount}
dispute_charge | the [Ticketmaster]{merchant} show on [Oct 12]{date:2025-10-12} was cancelled, refund the [$212]{amount} please
dispute_charge | charged [$64.99]{amount} by [Adobe Creative Cloud]{merchant} after cancelling the plan
dispute_charge | [Comcast Xfinity]{merchant} billed me [$169]{amount} for equipment I returned on [Aug 30]{date:2025-08-30}
digital_wallet | is my card [1005]{last4} still active in apple pay after the replacement?
add_authorized_user | I want to add my husband, his SSN ends in 4432
update_contact_info | my zip is 78701 and my new phone ends in 9921, please update the phone
lost_stolen_card | the card that ends in [2201]{last4} was stolen on [Saturday]{date:2025-09-13} at the mall
card_declined | I tried to pay [$1,250]{amount} at [Best Buy]{merchant} and got declined
dispute_charge | [Amazon Marketplace]{merchant} refund of [$45.67]{amount} promised on [9/1]{date:2025-09-01} never came
payment_due_date | my payment is due on [the 28th]{date:2025-09-28}, right?
change_due_date | move my due date to the 15th, I get paid on the 10th
change_due_date | can I make my due date the 5th of every month
payment_status | I paid on [the 14th]{date:2025-09-14} and you say I missed my payment
dispute_charge | [Enterprise Rent-A-Car]{merchant} charged me [$300]{amount} for fuel, I returned it full
dispute_charge | [Airbnb]{merchant} charged [$1,240]{amount} after I cancelled on [Aug 20]{date:2025-08-20}
card_declined | I'm at [Target]{merchant} and my card got declined for [$86.40]{amount}
balance_inquiry | what's my available credit? I want to spend [$2,000]{amount} at [The Home Depot]{merchant}
pay_with_points | I'd like to pay with points for the [$124.50]{amount} [Best Buy]{merchant} charge
dispute_status | my dispute for the [$319.00]{amount} charge, filed on [July 30]{date:2025-07-30}, any update?
report_fraud | there were charges at [Walgreens]{merchant} and [CVS Pharmacy]{merchant} [today]{date:2025-09-17} I didn't make, it keeps happening
report_fraud | someone used my card ending [8890]{last4} at [Apple.com]{merchant} for [$999]{amount} and then at two other stores
report_fraud | I got 2 texts about purchases of [$19.99]{amount} and [$49.99]{amount} from [Etsy]{merchant}, plus one more pending, none are mine
card_delivery_status | my new Visa ending in [5521]{last4} hasn't arrived
benefits_info | the [$300]{amount} travel credit hasn't posted, how does it work
apr_info | why was I charged [$95]{amount} in interest when I pay in full
dispute_charge | my [Planet Fitness]{merchant} membership was cancelled on [June 30]{date:2025-06-30}, still charged [$24.99]{amount}
unrecognized_charge | what's this [$9.99]{amount} from [Disney Plus]{merchant}? I don't subscribe
unrecognized_charge | they charged me [MXN 850]{amount} at [Oxxo]{merchant}? I haven't been to Mexico
dispute_charge | the [Lowe's]{merchant} charge of [$1,099.00]{amount} on [09/09/2025]{date:2025-09-09} is wrong, it should be [$999]{amount}
travel_booking | I booked [Southwest Airlines]{merchant} for [Dec 20]{date:2025-12-20} through your travel site and need to change it
card_declined | my [T-Mobile]{merchant} autopay of [$140]{amount} on [Sept 1]{date:2025-09-01} was declined
credit_limit_increase | increase my limit by [$3,000]{amount}, I've had the card for 7 years
dispute_charge | I got 10% off at checkout but the [$400]{amount} purchase wasn't discounted
dispute_charge | the [Panera Bread]{merchant} charge is [$28]{amount} but I only spent [$18]{amount}
apr_info | I got charged a [$2.50]{amount} foreign transaction fee on [Aug 25]{date:2025-08-25}, what's the rate
make_payment | pay [$75.25]{amount} [today]{date:2025-09-17} from my checking ending 6621
remove_authorized_user | I gave my daughter a card, it ends in [3304]{last4}, remove her
unrecognized_charge | [Chewy.com]{merchant} charged [$62.18]{amount} [2 weeks ago]{date:2025-09-03} and I don't have a pet
dispute_charge | [Regal Cinemas]{merchant} charged me twice [last Saturday]{date:2025-09-13}
unrecognized_charge | there's a pending [$150]{amount} hold from [Hyatt Regency]{merchant}, I haven't checked in anywhere
dispute_charge | I ordered from [Wayfair]{merchant} on [May 20]{date:2025-05-20} and it never arrived
unrecognized_charge | my [$4.99]{amount} monthly charge from [Microsoft 365]{merchant}, what is that for
unrecognized_charge | charge at [McDonald's]{merchant} for [$12.40]{amount}, I was in another state, not sure if it's my son
dispute_charge | [Nordstrom]{merchant} owes me a [$240.00]{amount} refund since [August 3rd]{date:2025-08-03}
dispute_charge | my [Macy's]{merchant} return from last week still isn't credited
card_declined | the card ending in [0198]{last4} got declined at [Safeway]{merchant}
unrecognized_charge | the charge from [Google Ads]{merchant} for [$150]{amount}, we don't advertise
digital_wallet | google wallet keeps failing when I tap at the register
digital_wallet | add my card to Apple Pay please, the one ending in [4410]{last4}
pay_with_points | I want to redeem 10k points for a statement credit
out_of_scope | my chase card got declined at [Walmart]{merchant}
out_of_scope | my Citi card ending in [2234]{last4} was stolen
out_of_scope | venmo charged me a [$5]{amount} fee for an instant transfer
out_of_scope | is bitcoin really worth [$60,000]{amount}?
balance_inquiry | the card ending in [1005]{last4} and the card ending in [2201]{last4}, what do I owe on each
unrecognized_charge | who is "[AMZN Mktp US*2K4]{merchant}"? I see [$36.20]{amount} from them on [Sept 10]{date:2025-09-10}
dispute_charge | double charged at [Shake Shack]{merchant} on [09/06]{date:2025-09-06}, [$18.45]{amount} twice
dispute_charge | [Best Buy]{merchant} promised a [$199]{amount} price adjustment [two weeks ago]{date:2025-09-03}, nothing yet
trip_protection | our [American Airlines]{merchant} flight on [Aug 14]{date:2025-08-14} was cancelled and I paid [$410]{amount} for a hotel and meals
travel_booking | cancel my [Hyatt]{merchant} reservation for [Oct 2]{date:2025-10-02} that I booked through you
card_declined | the pump at [ExxonMobil]{merchant} declined me twice [this morning]{date:2025-09-17}
unrecognized_charge | what is [SpotHero Parking]{merchant} [$14]{amount}? I don't park downtown
dispute_charge | [Verizon Wireless]{merchant} billed [$320]{amount} instead of [$85]{amount} this month
dispute_charge | [Office Depot]{merchant} charged [$211.40]{amount} for a printer they never shipped
unrecognized_charge | a charge from [Zoom.us]{merchant} for [$15.99]{amount} on [Sept 11]{date:2025-09-11}? we don't use zoom
report_fraud | [Target]{merchant}, [Best Buy]{merchant} and [Walmart]{merchant} all in the last hour, [$600]{amount}, [$420]{amount} and [$380]{amount}. not me!!
payment_status | the [$1,000]{amount} payment I scheduled for [Sept 15]{date:2025-09-15} shows as returned
make_payment | I'll pay [$2,500.00]{amount} on [Friday]{date:2025-09-19} when my paycheck clears
late_fee_waiver | that [$41]{amount} late fee on [7/3]{date:2025-07-03} was because your site was down
dispute_charge | [Etsy]{merchant} seller never shipped my order from [Aug 1]{date:2025-08-01}, [$58]{amount}
rewards_balance | how many points did I earn on the [$1,800]{amount} [Marriott]{merchant} stay
benefits_info | my phone screen cracked, I paid the [$85]{amount} [Verizon]{merchant} bill with this card, am I covered
upload_documents | I have the [Walgreens]{merchant} receipt for [$86]{amount}, how do I upload it
dispute_status | any news on the [Chipotle]{merchant} dispute, [$48]{amount} instead of [$28]{amount}
case_status | ticket CL-88213 from [Sept 2]{date:2025-09-02}, what's the status
unlock_card | unlock card ending [5521]{last4}, I found it
lock_card | freeze the card ending [8890]{last4} until [Monday]{date:2025-09-22}, I'll look for it this weekend
damaged_card | the chip on card [6610]{last4} cracked, send a replacement
update_address | I moved on [Sept 1]{date:2025-09-01}, update my address to 88 Maple Dr, Raleigh NC 27601
communication_preferences | alert me for anything over [$500]{amount} please
credit_limit_increase | I'd like a limit increase to [$20k]{amount:20000} for a wedding on [Oct 18]{date:2025-10-18}
greeting | hey hi, morning all
thanks | thanks a ton, that fixed it
`,
  es: `
dispute_charge | [Starbucks]{merchant} me hizo doble cobro el [9 de agosto]{date:2025-08-09}, quiero que lo reviertan
unrecognized_charge | hay un cargo de [$127.43]{amount} de [Amazon]{merchant} que no reconozco
dispute_charge | quiero disputar el cargo de [127.43 dólares]{amount} de [Best Buy]{merchant}, me cobraron de más
card_declined | mi tarjeta terminada en [1005]{last4} fue rechazada en [Costco]{merchant} [ayer]{date:2025-09-16}
payment_status | pagué [$1,203.88]{amount} el [viernes pasado]{date:2025-09-12} y no aparece
unrecognized_charge | me cobraron [1.203,88 €]{amount} en un hotel de Madrid el [15 de agosto]{date:2025-08-15} y no estuve ahí
unrecognized_charge | el cargo de [Netflix]{merchant} de [hace 3 días]{date:2025-09-14}, qué es?
balance_inquiry | cuál es el saldo de la tarjeta que termina en [9902]{last4}
pay_with_points | tengo 40,000 puntos, los puedo usar para el cargo de [$312]{amount} de [Delta]{merchant}?
apr_info | mi tasa es de 29.99% y me cobraron [$48.22]{amount} de intereses
dispute_charge | el pedido de [Uber Eats]{merchant} del [domingo]{date:2025-09-14} nunca llegó
payment_status | pagué [250 dólares]{amount} el [lunes]{date:2025-09-15} y no se refleja
dispute_charge | devolví una lámpara a [IKEA]{merchant} el [28 de julio]{date:2025-07-28} y no me han devuelto los [$89.99]{amount}
make_payment | programa un pago de [$150]{amount} para el [viernes]{date:2025-09-19}
late_fee_waiver | me cobraron un recargo de [$40]{amount} el [5 de septiembre]{date:2025-09-05}, quítenlo
dispute_status | el caso 55120 es del cargo de [Hulu]{merchant}, cómo va
lock_card | bloquear la tarjeta [4471]{last4} temporalmente
report_fraud | alguien usó mi tarjeta con terminación [8812]{last4} [hoy]{date:2025-09-17} en [Walmart]{merchant} y en otras tiendas
payment_status | pagué [$89.50]{amount} [esta mañana]{date:2025-09-17}, cuándo se ve?
unrecognized_charge | me cobraron [500 pesos]{amount} en [Oxxo]{merchant} [anteayer]{date:2025-09-15} y no fui yo creo
dispute_status | me llamaron al 555-201-8890 por mi disputa, la referencia es 882-113
dispute_charge | [DoorDash]{merchant} me cobró [$23.10]{amount} dos veces [anoche]{date:2025-09-16}
lost_stolen_card | la tarjeta que termina en [2201]{last4} me la robaron el [sábado]{date:2025-09-13}
card_declined | en [Best Buy]{merchant} no me pasó la tarjeta por [$1,250]{amount}, por qué
payment_status | pagué [el 14]{date:2025-09-14} y dicen que no pagué
change_due_date | quiero cambiar mi fecha de pago al 15, me pagan el 10
dispute_charge | el cargo de [Airbnb]{merchant} por [$1,240]{amount} después de cancelar el [20 de agosto]{date:2025-08-20}
card_declined | estoy en [Target]{merchant} y me rechazaron [$86.40]{amount}
dispute_status | mi disputa por [$319.00]{amount} del [30 de julio]{date:2025-07-30}, cómo va?
report_fraud | cargos en [Walgreens]{merchant} y [CVS]{merchant} de [hoy]{date:2025-09-17} que no hice, siguen llegando
unrecognized_charge | me cobraron [€50]{amount} en un museo de París el [2 de septiembre]{date:2025-09-02}
make_payment | pagar [1200 dólares]{amount} [mañana]{date:2025-09-18}
balance_inquiry | debo como [40 dólares]{amount} o más?
balance_inquiry | mi saldo es [$4,300.12]{amount} y mi límite [$6,000]{amount}, cuánto tengo disponible
rewards_balance | gasté [$3,000]{amount} en [Whole Foods]{merchant} este año, cuántos puntos son
dispute_charge | [Spotify]{merchant} me sigue cobrando [$11.99]{amount} aunque cancelé en julio
trip_protection | mi vuelo de [United Airlines]{merchant} se retrasó el [8 de septiembre]{date:2025-09-08} y gasté [$240]{amount} en hotel
pay_with_points | quiero pagar con puntos el cargo de [$124.50]{amount} de [Best Buy]{merchant}
card_declined | tarjeta con terminación [0198]{last4} rechazada en [Safeway]{merchant}
unrecognized_charge | el cargo de [Google Ads]{merchant} por [$150]{amount}, no hacemos publicidad
out_of_scope | mi tarjeta de BBVA terminada en [3390]{last4} no pasa en [Walmart]{merchant}
out_of_scope | el bitcoin está en [$60,000]{amount}?
unrecognized_charge | [Chewy]{merchant} me cobró [$62.18]{amount} [hace dos semanas]{date:2025-09-03} y no tengo mascota
unrecognized_charge | hay un cargo pendiente de [$150]{amount} de [Hyatt]{merchant}, no me he hospedado
dispute_charge | pedí algo en [Wayfair]{merchant} el [20 de mayo]{date:2025-05-20} y nunca llegó
dispute_charge | [Nordstrom]{merchant} me debe un reembolso de [$240.00]{amount} desde el [3 de agosto]{date:2025-08-03}
dispute_charge | mi devolución de [Macy's]{merchant} de la semana pasada no aparece
digital_wallet | agreguen la tarjeta que termina en [4410]{last4} a Apple Pay
redemption_issue | canjeé 10 mil puntos y no me dieron los [$100]{amount} de crédito
apr_info | me cobraron [$2.50]{amount} de comisión por compra extranjera el [25 de agosto]{date:2025-08-25}
dispute_charge | [Planet Fitness]{merchant} me cobró [$24.99]{amount} aunque cancelé el [30 de junio]{date:2025-06-30}
unrecognized_charge | el [martes pasado]{date:2025-09-16} me cobraron [$58.40]{amount} en [Chipotle]{merchant} y no fui
payment_status | mi pago de [$500]{amount} del [10/09]{date:2025-09-10} no se ha aplicado
credit_limit_increase | quiero que me suban el límite a [$5,000]{amount}
card_declined | my card got declined en [Home Depot]{merchant} por [$540]{amount}
unrecognized_charge | el charge de [Lyft]{merchant} del [12 de septiembre]{date:2025-09-12}, no lo reconozco
card_delivery_status | la tarjeta ending in [5521]{last4} no ha llegado
dispute_charge | [Walmart Supercenter]{merchant} me cobró [$212.33]{amount} dos veces el [2/9]{date:2025-09-02}
late_fee_waiver | el recargo de [$41]{amount} del [3 de julio]{date:2025-07-03} fue porque su página no servía
report_fraud | hay cuatro compras de [$19.99]{amount} en [Etsy]{merchant} desde [ayer]{date:2025-09-16} que no hice
case_status | el ticket CL-88213 del [2 de septiembre]{date:2025-09-02}, cuál es el estatus?
unlock_card | desbloqueen la tarjeta terminada en [5521]{last4}, ya la encontré
damaged_card | se rompió el chip de la tarjeta [6610]{last4}, mándenme otra
travel_booking | cancelen mi reserva de [Hyatt]{merchant} del [2 de octubre]{date:2025-10-02} que hice con ustedes
trip_protection | cancelaron mi vuelo de [American Airlines]{merchant} el [14 de agosto]{date:2025-08-14} y pagué [$410]{amount} de hotel
dispute_charge | [Verizon Wireless]{merchant} me cobró [$320]{amount} en vez de [$85]{amount}
rewards_balance | cuántos puntos gané con los [$1,800]{amount} de [Marriott]{merchant}?
upload_documents | tengo el recibo de [Walgreens]{merchant} por [$86]{amount}, dónde lo subo
communication_preferences | avísenme de cualquier compra mayor a [$500]{amount}
make_payment | voy a pagar [$2,500.00]{amount} el [viernes]{date:2025-09-19} cuando me paguen
greeting | hola, buenos días a todos
thanks | gracias, ya quedó
`,
};
