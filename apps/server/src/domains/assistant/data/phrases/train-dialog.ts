import type { PhraseBook } from './book.ts';

/*
 * Training phrases: dialog acts. Texts are deduplicated across languages, so a word that is the
 * same in both ("no", "ok", "bye") is written once, in the English block.
 */
export const dialog: PhraseBook = {
  greeting: {
    en: `
hi
hello
hey
good morning
good afternoon
good evening
hi there
hello?? anybody
hey there
hiya
yo
howdy
hello, anyone there?
hey, how are you?
morning
greetings
hi good morning
hi, I need some help
hello I have a question
hey I need help with something
hi, is this the right place for card help?
good morning, hope you're well
hello there
hii
helo
heyy
hi team
hey bot
hi assistant
hello, I'm new here
good day
hey what's up
sup
hello good afternoon
hi, can you help me?
hello? is this working?
hi how's it going
afternoon
evening
hi hi
hey hey
Hello, I hope you can help me today
hi, quick question
hi, it's me again
hello i need assistance
hey, are you there?
hi, I'm hoping you can help
hey good evening
hi again
hey there, hope your day is going well
hello friend
yo what's good
hi, how are you doing today?
hello there, I need some help with my card
hellooo
good morning to you
heya
hi, good afternoon, hope all is well
hey, you there
hallo
`,
    es: `
hola
buenos días
buenas tardes
buenas noches
hola buenas
buenas
qué tal
hola, cómo estás?
hola, necesito ayuda
hola tengo una pregunta
saludos
hola hay alguien?
ola
holaa
buen día
hola qué onda
hola, me pueden ayudar?
hola buen día
hola, es aquí para ayuda con la tarjeta?
hey hola
buenas, una consulta
hola de nuevo
hola buenas noches
holi
que onda
hola? funciona esto?
muy buenos días
hola, espero que estés bien
buenas tardes, necesito ayuda
saludos cordiales
hola asistente
hola, una pregunta rápida
qué hubo
hola amigo
epa buenas
hola que tal
`,
  },

  goodbye: {
    en: `
bye
goodbye
see you
that's all, bye
talk to you later
have a good day
ok bye
that's everything
nothing else
bye bye
see ya
later
cya
good night
I have to go
gotta go
that's it for now
end chat
close the chat
I'm leaving now
we're done here
no more questions, bye
take care
have a nice evening
ciao
peace out
catch you later
I'll log off now
that will be all
all set, bye
okay that's all I needed, goodbye
signing off
end this conversation
ok I'm good, bye
nothing more, have a good one
bye for now
until next time
farewell
I'm all done
that's all I need today
you can close the chat
goodbye and have a great weekend
ok ttyl
gtg
i'm out
I'll come back later, bye
ending the chat now
see you next time
nope that's all, bye
bye bye now
k bye
that's all for today
good bye
have a good night
I need to go, bye
done here
alright, bye then
so long
have a great rest of your day
that's all from me
`,
    es: `
adiós
chao
hasta luego
nos vemos
eso es todo, adiós
que tenga buen día
ya terminé
nada más
hasta pronto
buenas noches, adiós
me tengo que ir
eso sería todo
terminar chat
cerrar el chat
ya me voy
cuídate
que tengas buena tarde
no tengo más preguntas, adiós
chau
hasta la próxima
me despido
ya es todo por hoy
pueden cerrar el chat
listo, adiós
nos vemos luego
bueno, bye
que estés bien, adiós
ahí nos vemos
hasta mañana
ya no necesito nada, hasta luego
cuídense
me voy, chao
ya estuvo, adiós
bye bye, hasta luego
eso es todo por ahora
`,
  },

  thanks: {
    en: `
thanks
thank you
thank you so much
thx
ty
thanks a lot
appreciate it
thanks for your help
you've been very helpful
great, thanks
perfect thank you
awesome thanks
thank u
many thanks
much appreciated
thanks a bunch
thanks for the info
ok thanks
cool, thank you
I really appreciate your help today
thank you for your patience
thanks for sorting that out
that was quick, thanks
tysm
thanks!! you're the best
thank you very much
thanks so much for helping me
you're a lifesaver, thank you
thanks, that helps
great help, thank you
brilliant, thanks
thanks for explaining
thank you kindly
cheers
thanks, you rock
ok great thanks for the help
that's very helpful thank you
thanks for the quick response
thank you for resolving this
i appreciate it
Thank you! That answers my question.
thanks for being so patient with me
much obliged
thanks again
big thanks
thanks for fixing my issue
thank you so so much
thx a lot
thanks that worked
thank you for your time
you were very helpful, thanks
wonderful, thank you
fantastic thank you
thanks man
thanks for checking
that's great, thank you
amazing thank you so much
thanks for the help!
i really do appreciate you taking the time
thank you, that's exactly what i needed
`,
    es: `
gracias
muchas gracias
mil gracias
gracias por tu ayuda
te lo agradezco
muy amable
perfecto gracias
ok gracias
gracias por la información
excelente, gracias
se lo agradezco mucho
muchísimas gracias
grax
gracias!! eres lo máximo
gracias por resolverlo
gracias por la paciencia
qué rápido, gracias
genial gracias
muchas gracias por todo
gracias, me sirvió mucho
le agradezco su tiempo
gracias por explicarme
bien, gracias
gracias de nuevo
mil gracias por la ayuda
súper, gracias
gracias x todo
muy agradecida
gracias por arreglarlo
ya funcionó, gracias
muchas gracias por su atención
te pasaste, gracias
gracias, muy amable
gracias por revisar
thank you, muchas gracias
`,
  },

  affirm: {
    en: `
yes
yeah
yep
correct
that's right
yes please
sure
ok
exactly
yes that's the one
that's correct
absolutely
yup
right
uh huh
of course
definitely
yes, do it
go ahead
sounds good
affirmative
yes that's it
confirmed
yes I want that
that's the charge
yes, the one from Starbucks
yes it was me
yes that's my card
yes please proceed
correct, ending in 1005
yes, that is correct
yeah that's right
mhm
sure thing
ok sounds good
yes exactly
yea
ya
yessir
100%
yes ma'am
that works
please do
indeed
yes, go ahead and do that
right, that one
that's the one I meant
Yes, that's what I meant
you got it
bingo
ok yes
yes correct
yeah go for it
true
that's what I said
yes, both of them
I confirm
yeah, the $54.20 one
yes, that date is right
yep that's me
`,
    es: `
sí
si
claro
correcto
así es
exacto
sí por favor
dale
va
está bien
sí, ese es
eso es
afirmativo
sí, adelante
sí, hazlo
sí, ese cargo
sí fui yo
sí, es mi tarjeta
por supuesto
sip
simón
órale sí
de acuerdo
sí, correcto
sí, esa misma
ándale
sí, procede
confirmo
así mero
sí, eso quise decir
perfecto, sí
claro que sí
sí señor
exactamente
sí, la de 1005
`,
  },

  deny: {
    en: `
no
nope
that's not it
no, that's wrong
not that one
incorrect
no thanks
nah
no, I meant something else
that's not what I asked
wrong
no that's not right
negative
not really
no, not that charge
no it wasn't me
no, different card
no, that's not my card
not at all
no, cancel that
don't do that
no, stop
no, never mind
no, the other one
absolutely not
no way
no, you misunderstood
nope, wrong charge
that's not correct
no, I don't want that
no please don't
definitely not
no, it's a different amount
no, not what I meant
nah that's not it
no sir
that's incorrect
not quite
no, that's not the right date
not this one
no, I said something else
wrong one
nope not that
nooo
no, go back
no that's not my issue
no, I didn't ask for that
no, don't proceed
No. That is not what I said.
neither
none of those
no, don't lock it
no, leave it as is
no that is wrong
nope, that's the wrong merchant
no, the card ending 4410 not that one
no, I never said that
nuh uh
not correct at all
no, the charge was $80 not $60
`,
    es: `
no es eso
no, está mal
ese no
incorrecto
no gracias
nel
no, me refería a otra cosa
eso no es lo que pregunté
no es correcto
negativo
no realmente
no, ese cargo no
no fui yo
no, otra tarjeta
no, esa no es mi tarjeta
para nada
no, cancela eso
no hagas eso
no, olvídalo
no, la otra
claro que no
no, me entendiste mal
ninguno de esos
no, no quiero eso
no, el monto es otro
no, esa no es la fecha
no, no era eso
nop
no no no
no, no procedas
no, déjalo así
tampoco
no, ese no es mi problema
nada que ver
no, ese comercio no es
`,
  },
};
