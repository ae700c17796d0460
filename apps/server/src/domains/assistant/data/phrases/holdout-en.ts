import type { HoldoutBook } from './book.ts';

/*
 * Hold-out set, English: NEVER trained on and never copied into training (data.test.ts rejects near
 * duplicates). Written to look like real cardmembers' messages, unlike the team's tidy phrasing:
 * long stories with the request at the end, typos, no punctuation, all caps, fragments, polite filler,
 * and hard out-of-scope messages (other banks, payment apps, loyalty programmes, general questions).
 * Entities are marked as in entity-cases.ts (`[mention]{type}` / `[mention]{type:value}`, dates
 * resolved against 2025-09-17, a Wednesday); every mention is marked, so precision counts too.
 */
export const holdoutEn: HoldoutBook = {
  payment_due_date: `
due date on this thing?
when is my payment due this month
hi there, I just got back from two weeks abroad and completely lost track of my bills. by when do I need to have the card paid so I don't get hit with a fee?
whats the due date on the card ending in [4410]{last4}
WHEN IS MY BILL DUE
my statement closed a few days ago, how many days do I have until the payment is actually due
quick q - is the payment due on the same day every month or does it move around
i get paid [friday]{date:2025-09-19}, will that be before or after my payment is due
good morning! could you please remind me of the date my minimum payment has to be made by? thank you so much
pymt due when
is my payment due [tomorrow]{date:2025-09-18}?? the app is showing a weird date and I'm confused
last day to pay w/o a late fee?
I want to put a reminder in my phone so I never miss it again - what day of the month is the card payment due
my husband always did the bills and he's in the hospital right now. I need to know when the next payment on our card is due so we don't fall behind
the minimum is [$86.40]{amount} but when exactly does it have to be in
when does the money have to reach you for this statement
`,
  change_due_date: `
change the due date
I get paid at the end of the month so a due date on the 3rd is killing me, can it be pushed to later in the month
is it possible to switch my payment date? my paycheck comes mid month now that I changed jobs
how many times a year can the due date be changed
I want a different due date please
my due date lands right before payday every single time and I keep almost being late. can you line it up with when I get paid
CAN YOU PLEASE MOVE MY DUE DATE ITS THE WORST POSSIBLE DAY FOR ME
hi, I'd like to line up the card with my other bills, somewhere around the 25th of each month if that's doable
can my payment due day be the 1st instead
need to change the day my bill is due
does moving my due date a week later hurt my credit score in any way
is there a limit on how often the due date can be changed? I already moved it in the spring
we just moved and my wife's income now comes on different days, so we'd like the card payment date to be at the start of the month
shift my payment date to the 15th each month pls
Can I pick my own due date?
dew date change pls
`,
  payment_status: `
did the payment go through or not
I paid [$350]{amount} [yesterday]{date:2025-09-16} from my checking and it's not showing on the card yet, is it still processing?
my bank says the money left my account on [Monday]{date:2025-09-15} but my card balance hasn't moved. where is my payment
has the payment posted?
i sent a payment [last Friday]{date:2025-09-12} how long does it take to show up
WHY DOES IT SAY I HAVE NOT PAID WHEN I PAID DAYS AGO
hello, I mailed a check for [$200]{amount} about [ten days ago]{date:2025-09-07}, has it been received?
did you guys get my autopay this month, I dont see a confirmation anywhere
just checking that the payment I scheduled for [9/15]{date:2025-09-15} actually cleared
my payment has been pending for 3 days now, is that normal
the payment I made shows as returned? what does that even mean
I made a payment online [this morning]{date:2025-09-17}, when will it post so my available credit goes back up
please confirm you received my payment of [$1,045.22]{amount}
paid my full balance on [Sept 10]{date:2025-09-10} and it still shows as due
i paid but the app still says payment due, did it not go thru?
Has my payment cleared yet? I need the credit freed up for a trip this weekend
`,
  make_payment: `
pay the bill
I want to make a payment of [$250]{amount} [today]{date:2025-09-17}
how do I pay this card from my Wells Fargo checking account
schedule a payment for [Friday]{date:2025-09-19} please
i want to pay off the whole balance right now
can I pay over the phone
set up autopay for the minimum amount
hi, I just got paid and want to put [$400]{amount} toward my card, how do I do that
PAY OFF THE WHOLE STATEMENT BALANCE
where in the app do I go to make a payment, I can't find the button anywhere
am I allowed to make two payments in the same month
I'd like to pay [500 dollars]{amount} on [Oct 1]{date:2025-10-01}
can you take a payment out of my savings account
how can i pay my credit card bill with a debit card
my grandson set up the app for me but I don't know how to send money to pay the card. can you walk me through it
make a pmt
`,
  late_fee_waiver: `
can you waive the late fee
I was one day late because my bank was closed for the holiday and you charged me [$39]{amount}. I've never been late before. Can you take it off?
LATE FEE??? seriously. remove it
remove late charge please
I've been a loyal customer for 12 years, first time I ever missed a payment, any chance the late fee could be reversed as a courtesy
my autopay failed because I switched banks and now there's a late fee, can you credit it back
got hit with a late fee, I was in the hospital, please help
is there any way to get the [$41]{amount} late fee refunded
the late payment fee on my statement, can it be forgiven
i forgot to pay, it was only a few days, can you be nice and drop the fee
please reverse the late fee from [Sept 5]{date:2025-09-05}
courtesy credit for the late fee?
you charged me a late fee AND interest, at least take the fee off
I paid at 11pm on the due date and still got a late fee, that's not fair, please waive it
could you do a one time waiver on the late fee
my mom passed away last month and I missed the card payment in all the chaos, can the late charge be removed
`,
  balance_inquiry: `
balance?
how much do I owe you guys
what's my statement balance and what's the minimum due
available credit
how much can I still spend, I'm at the store and don't want to be embarrassed
whats the current balance on card ending [7733]{last4}
HOW MUCH IS MY BILL
can you tell me what I owe in total including pending charges
what is the minimum payment this month
hi, I'm trying to budget for the month, could you tell me my current balance and how much credit I have left
how much room do i have on my card
current balance pls
is my balance still over [$2,000]{amount}?
how much is left to pay off the card completely
What's my credit available right now
whats the amount due on my last statement
`,
  dispute_charge: `
I was charged twice for the same dinner at [Olive Garden]{merchant} on [Saturday]{date:2025-09-13}
ordered a blender from [Target]{merchant}, it never came, they say it was delivered but it wasn't. I want my [$89.99]{amount} back
the hotel charged me [$180]{amount} more than the rate I booked and they won't fix it
DOUBLE CHARGED at the gas station AGAIN
I cancelled my gym membership in July and [Crunch Fitness]{merchant} is still charging me every month. I want to dispute these
returned the shoes to [Foot Locker]{merchant} [3 weeks ago]{date:2025-08-27}, still no refund on my card
dispute the [$64.20]{amount} from [Walgreens]{merchant}, I was charged for items I didn't take
hi so I rented a car and they charged me a cleaning fee I never agreed to. can you get it back
the concert got cancelled and [Ticketmaster]{merchant} hasnt refunded me
wrong amount charged, I tipped [$5]{amount} and they put [$50]{amount}
how do I dispute a charge
I want to dispute a transaction from [Sept 2]{date:2025-09-02}
merchant refuses to refund a defective product
I paid the contractor [$2,400]{amount} up front and he never showed up to do the job. I want that charge reversed
i cancelled the free trial before it ended and still got billed [$14.99]{amount}
the seller sent me a completely different item and won't answer emails. please open a dispute
`,
  unrecognized_charge: `
umm what is that charge about
there's a [$23.99]{amount} charge from something called [TST* BLUE DOOR]{merchant}, no idea what that is
I don't recognize a charge from [Aug 28]{date:2025-08-28}
who is [SQ *MANGO TREE]{merchant}? i never bought anything there
hey there's a charge on my account I don't remember making, can you tell me more about it before I freak out
strange charge on my statement, not sure what it is
what's this [$1.00]{amount} charge from a gas station
I've never been to Denver but there's a charge from a restaurant there
there is a charge for [$47.12]{amount} and I can't figure out where it's from
unknown charge
can you tell me the merchant's full name for the charge on [9/14]{date:2025-09-14}? the description makes no sense
neither me nor my wife remember a [Hulu]{merchant} charge, what is it
i see something from [AMZN Mktp US]{merchant} for [$67.45]{amount} and I don't think I ordered anything
there's a charge i didnt make, not sure if its fraud or something my kid did
what is [GOOGLE *SERVICES]{merchant} on my bill
a charge popped up that I can't place, can you look into it
`,
  report_fraud: `
someone is using my card right now!!! I'm getting alerts for purchases in another state
there are like 5 charges I didn't make from [yesterday]{date:2025-09-16}
I think my card got skimmed at a gas pump, now there are transactions in Florida I never made
I got a text from "the bank" asking for my code and I gave it. now there are charges. help
somebody hacked into my account and changed my email
fraud on my card
FRAUDULENT CHARGES ON MY ACCOUNT CANCEL EVERYTHING
multiple charges from online stores I've never heard of, all within the last hour
I clicked a link in an email pretending to be you and typed in my card info, what do I do now
my card is right here in my wallet but someone is buying stuff with it
I need to report fraud
someone logged into my account and added an authorized user I don't know
three charges at [Best Buy]{merchant} totaling [$2,400]{amount} and I was at work all day
identity theft, someone has my card number
got a call from someone saying they were your fraud department, I gave them my card number and cvv, now I see charges
unauthorized transactions on card ending [0098]{last4}
`,
  dispute_status: `
any updates on the dispute?
I opened a dispute about the [Airbnb]{merchant} charge [a month ago]{date:2025-08-17} and haven't heard a thing
status of claim 4471200
whats going on with my chargeback
the temporary credit from my dispute disappeared, why
how long does a dispute usually take
it's been 60 days since I disputed the double charge, when will it be resolved
you sent me a letter about my dispute asking for info and I answered it. where does it stand now
dispute status update
my case about the [Ticketmaster]{merchant} refund, is it closed?
did the merchant respond to my dispute yet
I got a letter saying my dispute was denied, why??
hello, following up on the claim I filed for the hotel charge, reference DC-88213, any news
is my dispute still open
WHERE IS MY MONEY FROM THE DISPUTE
did you decide on the charge I contested
`,
  lost_stolen_card: `
lost my card
my wallet was stolen at the train station, I need to cancel my card and get a new one
i cant find my card anywhere and I've looked for two days, it's gone. please send a new one
someone broke into my car and took my purse with the card in it
STOLEN CARD cancel it NOW
I left my card at a bar on [Saturday]{date:2025-09-13} and they say they don't have it
I dropped my card somewhere in the airport, it's definitely lost, I need a replacement before my trip
card got stolen
replace my lost card
my bag got snatched on the street, the card was inside
lost my credit card on vacation, how do I get a new one shipped to my hotel
report card ending [3382]{last4} as lost
I think I threw my card out with the trash. it's gone for good, cancel it
my daughter lost the card I gave her, she's an authorized user, can we cancel that one and get her a new one
my phone case with my card in it got stolen at the gym
got pickpocketed in Barcelona and the card is gone
`,
  damaged_card: `
my card's broken
the chip doesn't work anymore, every terminal tells me to swipe
card snapped in half
my card is peeling and the numbers are worn off, can I get a new one
the magnetic strip stopped working
my dog chewed up my card lol need a replacement
card bent in my wallet and now it won't go in the reader
tap to pay doesn't work on my card anymore, the contactless part must be busted
replacement for damaged card
CARD WONT READ AT ANY STORE the chip is all scratched
washed my card with my jeans and now it's all warped
the card is cracked right across the chip, please send a new one
hi, the numbers on my card rubbed off and cashiers can't read them
damaged card
can I get a new card, mine is falling apart
my card melted on the car dashboard in the heat
`,
  lock_card: `
freeze card
I can't find my card but I think it's somewhere in the house, can I lock it for now without cancelling
put a temporary hold on my card pls
lock the card
my kid took my card without asking, I want to pause it until I get it back
I left my card at a friend's place, she'll give it back [tomorrow]{date:2025-09-18}, lock it just in case
can you turn off my card temporarily
PAUSE THE CARD FOR NOW
how do I freeze the card in the app
I'm not sure if I lost it or if it's in my other jacket, don't cancel it just block it for now
deactivate my card for a few days while I figure out where it went
lock card ending [6621]{last4}
temporarily disable my card
is there a way to stop all transactions on my card for a bit without getting a new one
i misplaced my card, block it temporarily please
I'd like to suspend my card while I'm traveling and not using it
`,
  unlock_card: `
unlock the card
found the card!! can you switch it back on
I froze my card last week and now it's declined everywhere, how do I unfreeze it
unfreeze card
remove the lock on the card please
I put a hold on the card by mistake in the app, how do I undo it
reactivate my card, it was in my car the whole time
UNLOCK IT I FOUND THE CARD
lift the temporary block on card ending [9012]{last4}
my card is paused and I want to use it again
how do I unlock the card through the app
I locked my card when I couldn't find it, and now I have it back. turn it on please
can you unblock my card
card was frozen, now found it under the couch lol, enable it again
I locked the card and forgot, now my payment at the pharmacy got declined
turn the card back on
`,
  card_delivery_status: `
where's the new card
still haven't received my replacement card and it's been 2 weeks
when will the card arrive
tracking number for my new card?
you said my card would be here in 5 to 7 business days, it's been 10
did my card ship yet
I moved and I'm worried my new card went to my old address, has it been mailed
WHERE IS MY CARD it was ordered like a month back
ETA on my replacement card
my card was supposed to arrive on [Monday]{date:2025-09-15} and nothing
hi, I was approved last week, when should I expect the card in the mail
can you expedite my replacement card, I'm traveling [Friday]{date:2025-09-19}
the new card with the updated expiration date never came
is my card in the mail
my husband's card arrived but mine didn't
new card not here yet
`,
  digital_wallet: `
add card to apple pay
my card won't add to Google Pay, it says contact your issuer
how do I set up Samsung Pay with this card
apple wallet verification code never came
can I use my card on my apple watch
the card shows in Google Wallet but payments fail when I tap my phone
I got a new phone, how do I move my card into the wallet app
APPLE PAY KEEPS SAYING CARD NOT SUPPORTED
is my card compatible with google pay
my replacement card isn't updating in apple pay, it still shows the old one
remove my card from my old phone's wallet, I sold it
phone tap to pay stopped working at registers
does this card work with Garmin Pay or Fitbit Pay
trying to add the card to my wallet, stuck on "activating"
apple pay??
hi, I'd like to pay with my phone instead of carrying the card around. how do I do that
`,
  card_declined: `
my card just got declined
why did my card get declined at [Costco]{merchant}, I have plenty of credit
DECLINED AGAIN. third time [today]{date:2025-09-17}. what is going on
card keeps getting rejected online
I was trying to buy groceries and the card didn't go through, so embarrassing
transaction denied at the gas pump
my card isn't working at any store
tried to book a flight and it said payment declined
why was card ending [4402]{last4} declined at the pharmacy [yesterday]{date:2025-09-16}
declined at [Home Depot]{merchant} for [$230]{amount} even though my balance is low
my card got declined abroad, I'm in Mexico right now
card didn't work at the restaurant
it says "do not honor" every time I try to pay
hi, I'm stuck at the checkout and my card was just refused, what's wrong
the subscription renewal failed because my card was declined
card declined but I didnt lock it or anything
`,
  rewards_balance: `
how many points have I got
point balance
how many points did I get last month
did I get the bonus points for spending [$3,000]{amount} in the first 3 months
where's my rewards balance at
I bought a TV and I'm wondering how many points that earned me
check on my points
my points didn't post for the [Delta]{merchant} purchase
how much cash back do I have
HOW MANY MILES HAVE I GOT
when do the points from this month show up
my points total right now?
hey, what's my current reward points total
my points
i want to know how many rewards points I've accumulated this year
how many points did the restaurant purchase earn me
`,
  pay_with_points: `
can my points pay the bill
use points for the [$450]{amount} [Delta]{merchant} charge
how do I pay with points
redeem points as a statement credit
I want to use my rewards to cover the hotel charge from [Aug 22]{date:2025-08-22}
can points be applied to my balance
use my points toward the [Amazon]{merchant} purchase
can I erase the dinner charge with points
hi, I have like 80k points sitting there, I'd rather use them to knock down what I owe
cover purchases with points?
pay my balance with points
is it possible to pay for a specific transaction using rewards
how many points would it take to cover the [$120]{amount} charge from [Target]{merchant}
convert points to credit on my card
USE MY POINTS TO PAY
i want to apply my cash back to my balance
`,
  redemption_issue: `
points were redeemed for a gift card that never showed up
my points are gone but the statement credit never showed up
redemption failed again
I tried to redeem and got an error but the points were deducted anyway
redeemed 25,000 points for a flight and the booking never went through, points missing
where is the gift card I got with my points
the [$100]{amount} credit I redeemed for hasn't appeared
I used points for the hotel charge but it's still on my statement
POINTS DEDUCTED NOTHING RECEIVED
my redemption for the [Starbucks]{merchant} gift card is stuck on pending
points disappeared after i tried to cash them out
the website crashed in the middle of a redemption and now my points are in limbo
I redeemed for cash back to my checking account and it's not there
hello, I redeemed my points on [Sept 1]{date:2025-09-01} for a statement credit and I still don't see it
I redeemed rewards by mistake, can you reverse the redemption
the merchandise I ordered with points never arrived
`,
  benefits_info: `
does this card get me into lounges
if my phone bill goes on the card is the phone covered
rental car insurance, does my card include it
what benefits come with this card
do I get purchase protection on a laptop I bought last month
how many priority pass visits do I get per year
does the card give a credit for global entry or tsa precheck
extended warranty on electronics?
what does the cell phone protection actually cover
I'm renting a car in Italy, do I need to buy their insurance or does my card cover it
airport lounge?
is there an annual travel credit and how do I use it
hi! just got the card, what perks do I get
does my card cover it if I break something I just bought
my phone screen cracked, can I file under the card's phone protection
what does the card's return protection cover
`,
  add_authorized_user: `
add my wife to my card
can my 16 yr old get a card on my account
I'd like to add an authorized user
add an additional cardholder please
how do I give my husband his own card on my account
get a card for my assistant for business expenses
can I add someone who lives in another country
my mom needs a card, add her as a user please
ADD MY SON TO MY ACCOUNT
does it cost anything to add an authorized user
I want my partner to have a card with their own name
extra card for my daughter going to college
hi, we just got married and I'd like to put my spouse on my credit card
add a user
what do I need to add my brother as an authorized user, his SSN?
second card for my husband please
`,
  remove_authorized_user: `
remove my ex from my card
take my son off my account
cancel the authorized user card
we got divorced, she shouldn't have a card on my account anymore
remove authorized user
my daughter is graduating and getting her own card, please take her off mine
how do I delete an additional cardholder
my husband passed away, please remove his card from my account
TAKE HIM OFF MY ACCOUNT NOW he keeps spending
remove my employee's card, she left the company
I want to stop my brother from using my account, he's an authorized user
can I remove a user without cancelling my own card
cancel the extra card I gave my nephew
hi, I'd like to remove my mother as a user on my card
drop the authorized user
how do i kick someone off my card
`,
  update_contact_info: `
change phone #
update email
I got a new number, how do I update it
my email address is wrong on the account
please update my email to the new one I use for work
your texts don't reach me anymore since my number changed
can I change the email you send stuff to
UPDATE THE PHONE NUMBER
switch my contact number to my cell instead of my home phone
hi, I switched carriers and have a new number, need to update it on file
how do I change my e-mail in the app
my old email got hacked so I want to use a different one on my account
the phone number on my account is my ex's, please change it
edit contact info
change mobile number
need to add a new phone number to my profile
`,
  update_address: `
change address pls
I moved
I just moved to Austin, how do I update my mailing address
update billing address
my statements are going to my old apartment
got a new address
we bought a house! need to change where my mail goes
how do I update my address online
CHANGE MY ADDRESS I MOVED MONTHS AGO
my billing address needs updating, online stores keep rejecting me for an address mismatch
update my home address to 42 Oak Street
i moved to a new state, what do I need to change on my account
change the zip code on file
hi, I'm relocating next month, when should I update my address
fix my street address, there's a typo in it
please send my mail to my new place from now on
`,
  communication_preferences: `
go paperless please
stop mailing me paper statements
turn on text alerts for every purchase
stop the marketing emails
I get too many notifications from the app, how do I turn some off
unsubscribe me from promotional emails
I want an alert when my balance goes over [$1,000]{amount}
can I get my statements by mail again
STOP SENDING ME OFFERS
set up payment due reminders by text
how do I change the notification settings
no more junk mail please
I'd like to receive statements electronically
turn off push notifications
hi, everything you mail me is in English, can I get it in Spanish
email alerts for large purchases
`,
  credit_limit_increase: `
raise the limit
could I get my credit limit increased
am I eligible for a higher limit
I want my limit raised to [$10,000]{amount}
my limit is too low for my business expenses, can you bump it up
i make more money now, can I get more credit
how often am I allowed to ask for a credit line increase
will requesting a higher limit hurt my credit score
INCREASE MY LIMIT
I have a big trip coming up and need a temporary increase
hi, I've had the card 2 years and always paid on time, I think I deserve a bigger limit
request more credit
limit increase please
why did you deny my credit limit increase
can I move some of the limit from my other card to this one
my credit line is [$1,500]{amount}, can it go up
`,
  apr_info: `
what's the APR
why did I get charged interest
what is the interest rate on my card
how is interest figured on this card
I paid the statement balance, why is there still interest
is there a promotional rate on balance transfers
when does the 0% intro APR end
could my interest rate be lowered
purchase APR vs cash advance APR?
INTEREST CHARGE OF [$47]{amount} WHY
how do I not pay interest
did my rate go up? my interest looks higher this month
hi, what's the penalty APR if I pay late
interest rate on this card
what is the daily periodic rate on my account
is there a grace period on purchases
`,
  product_change: `
upgrade my card
downgrade me to something without an annual fee
can I switch to the travel card
change my card to a different one without applying again
the annual fee isn't worth it anymore, is there a cheaper card I can move to
do you have a card with better cash back I can switch to
product change please
can I convert this card to the premium version
I want a no-fee card instead of this one but keep my credit history
SWITCH ME TO A CARD WITHOUT THE FEE
upgrade to the metal card
what other cards can I change to
hi, I travel a lot more now, can I move to a card with lounge access
switch card type
if I downgrade do I lose my points?
I'd rather not cancel, just move me to a basic card
`,
  travel_booking: `
I booked a hotel through your travel site and need to change the dates
cancel the flight I booked with points through the portal
where's my itinerary for the trip I booked through you
I need to change the name on a ticket I bought through the travel center
my travel portal reservation isn't showing up at the hotel
book a flight through the card's travel service
can you help me with a booking I made on your travel site
the rental car I reserved through your travel portal wasn't there when I arrived
how do I cancel a hotel reservation made with my card's travel agency
I need a receipt for the flight I booked through you
TRAVEL PORTAL CHARGED ME AND I HAVE NO CONFIRMATION
change my seat on a flight booked through rewards travel
hi, I'd like to book a hotel in Miami using the card's travel site
my confirmation number from your travel site doesn't work with the airline
add a checked bag to my booking through the portal
travel booking help please
`,
  trip_protection: `
my flight was delayed 8 hours, does my card cover the hotel
trip cancellation insurance claim
I had to cancel my trip because I got sick, can I get reimbursed
does my card cover trip interruption
my luggage was delayed, is there coverage
flight cancelled due to weather, what does trip delay coverage pay for
how to file a claim for a delayed trip
my mom got hospitalized and we had to come home early from vacation, is that covered
TRIP INSURANCE CLAIM???
what's the limit on trip cancellation coverage
airline cancelled my connection and I had to pay for a hotel and meals, reimbursement?
hi, does paying for the cruise with the card give me travel insurance if we need to cancel
missed my connecting flight because of a delay, can I claim the costs
is there travel insurance on this card
the hurricane cancelled our trip, can the card reimburse the nonrefundable stuff
delayed baggage coverage how much
`,
  talk_to_agent: `
agent pls
can I talk to a real person
REPRESENTATIVE PLEASE
I need a human please, this bot doesn't understand me
transfer me to the fraud team
can someone call me
let me speak to customer service
hi, I'd rather explain this to a person if that's ok
live chat with an agent
is there a phone number to talk to someone
connect me to the travel specialists
speak to someone about my account
operator please
human
i want to talk to somebody not a robot
can I get a specialist for business accounts
`,
  supervisor: `
I want a supervisor
let me talk to your manager right now
the rep I spoke to was rude and hung up on me, I want someone higher up
escalate this please, I've explained it 4 times
MANAGER NOW
someone above the agent please
I've been passed around for an hour, get me a supervisor
the last person I spoke with gave me wrong information, I need to speak to their boss
can I speak with a team lead
escalate to management
hi, I had a really bad experience with one of your agents and want to talk to a supervisor about it
your employee was condescending, supervisor please
I want this escalated to someone who can actually make decisions
i need the person in charge
get me a manager, your agent refused to help
supervisor asap
`,
  file_complaint: `
I wanna file a complaint
how do I make a formal complaint
I want to complain about the service I got
log a complaint for me please
this is unacceptable, I'm filing a complaint
where can I submit a complaint about your fees
I'd like my complaint about the rude agent put on record
COMPLAINT!!! now
I want to report your company for how I was treated
I want a complaint registered about the app crashing every time I pay
open a complaint please
make a complaint about the collections calls
who do I complain to
I'm not happy and want to lodge a complaint
register a formal grievance
hi, please write down that I am very unhappy, I want it as an official complaint
`,
  case_status: `
any update on my case?
what's the status of my request
I called last week about changing my address and it still isn't done, what's happening
status of ticket 88231
my complaint from last month, did anyone look at it
I submitted a limit increase request and haven't heard back, is it still being reviewed
case number 55-1029 update?
you said someone would call me back in 48 hours, still waiting
is my request still open
hi, following up on reference number CR77120
STATUS OF MY CASE??
any progress on the complaint I filed?
did my paperwork get processed
follow up on my open ticket
I got an email that my case was closed but nothing was fixed
where does my request stand
`,
  request_summary: `
send me a transcript of this chat
can I get a copy of this conversation
email me a summary
transcript please
I want a record of what we talked about
can you send this chat to my email
summary of the chat
save this chat for me
I need proof of this conversation for my records
hi, before we finish could you email me everything you told me
SEND ME A COPY OF THIS
download chat history
recap what we discussed
can I have all this in writing
send the chat log
print out this conversation
`,
  upload_documents: `
how do I send you my receipts
where can I upload documents
I have a photo of the receipt, how do I attach it
you asked for proof of cancellation, how do I get it to you
upload a file
can I email the documents
I need to submit my ID, where do I upload it
fax number for documents?
how do I send you a PDF
the upload button doesn't work, how else can I send my paperwork
hi, I have the tracking info and screenshots for my dispute, where should I send them
attach receipt
send proof of income for the limit increase
where do i mail documents
can I upload pictures from my phone
how to submit documents
`,
  greeting: `
hi there, hope you can help
helloooo there
good morning, hope your week is going well
heyyy
hiya there
good evening all
hellooo? is anyone on here
yo yo
hi hi hi
greetings from a customer
hey there, how's it going
good afternoon folks
howdy partner
hey hello
hi, I have a question
mornin
`,
  goodbye: `
byeee
that is all for me, bye now
goodbye for now then
talk later
see ya around
have a good one
ok im done
thats everything for now
bye bye thanks
cya soon
gotta run
I'll check back later, bye bye
take care now
good night then
end the chat please
later then
`,
  thanks: `
thanks friend
thank you soooo much
ty ty
thx that helps
appreciate ya
thanks a lot, you've been very helpful
perfect, thanks so much
awesome sauce, thanks
thank uuu
many thanks to you
cheers mate
great, thanks for helping out
thanks for your patience
THANKS A MILLION
okay thank you
much appreciated, really
`,
  affirm: `
yes yes
yep yep
that's right, yes
correct, that one
yes please do
sure, why not
yeah thats the one
exactly right
absolutely, go
uh huh yes
sounds good to me
yes, that's correct
yup go ahead
right, yes
that is affirmative
ok do it
`,
  deny: `
no sir no
nope nope
no, that isn't it
no thank you
wrong one, no
not really, no
nahh
no that's not what I meant
that's incorrect, no
no, something else
negative on that
not that one, the other
no way jose
not quite right
neither of them
please don't
`,
  out_of_scope: `
my Chase card was declined at the grocery store
how many points do I have in my Marriott Bonvoy account
can you send money to my friend on Venmo
what's the weather [tomorrow]{date:2025-09-18}
I need to pay my electric bill
how do I open a dispute with PayPal about a seller
how much is bitcoin worth [today]{date:2025-09-17}
my Capital One payment didn't go through
say something funny
what was the score of the football game [last night]{date:2025-09-16}
can you help me with my mortgage
what's a good recipe for lasagna
I lost my debit card from Wells Fargo
my Delta SkyMiles aren't showing
do you guys offer car loans
my package is late, where is it
can you recommend a good budgeting app
my Cash App got hacked
is the stock market open on [Monday]{date:2025-09-22}
what's the euro exchange rate
how do I do my taxes this year
write me a python script to sort a list
my phone bill from [Verizon]{merchant} is too high
Zelle payment to my landlord didn't arrive
can you book me a table at that new italian restaurant
what's my credit score on Credit Karma
my Apple Card from Goldman got declined
I want to apply for a student loan
how do I unlock my iphone
my Citi card has a late fee, can you waive it
remind me to buy milk
what is the capital city of Australia
how much is an uber to the airport
translate hello into French
are you a robot
can you lend me money
I'm bored
my Bank of America account is overdrawn
forgot my Netflix password
when is my Target RedCard payment due
my landlord won't return my deposit
my PayPal balance is wrong
the DMV owes me a refund, how do I get it
can you check my Hilton Honors points
why did my car insurance go up
how do I cancel my [Spotify]{merchant} subscription
set an alarm for 6:30am
recommend a movie
my Venmo card got declined
when is the payment due on my Amazon store card from Synchrony
who is the president of France
i need a plumber
the Chase ATM ate my debit card
my United MileagePlus miles expired
order a pizza for me
is the Fed going to raise rates again
where do I pay a parking ticket from the city
is it safe to invest in index funds
my Klarna payment is late
what's the payoff amount on my Affirm loan
my wife's card from her credit union was stolen, can you cancel it
what will the weather be like in Cancun next week
`,
};
