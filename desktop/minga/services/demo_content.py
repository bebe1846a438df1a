"""Raw material for the demo-data generator: a fictional rural microcentre in southern Chile.

Everything here is invented: the microcentre, its schools (with RBDs whose check digit
follows the módulo 11 scheme), its teachers and advisor, and the practices, comments and
notes they write. Any resemblance to real schools or people is accidental. There are no
student names anywhere: exit tickets are tallies.

The module is plain data (standard library only, no Qt, no SQL). User-visible text is in
Chilean Spanish. Codes follow `minga.domain.vocab`: subjects `LE`, `MA`, `CN`, `HI`, `AR`,
`MU`, `EF`, `TE`, `OR`, `IN`; levels `NT1`, `NT2`, `1B` ... `8B`; learning objectives
`MA02 OA 03` (subject, grade 01-08, objective).

A generator builds many distinct titles as
``prefix + template["title"] + suffix + context`` (each piece drawn from
`TITLE_VARIATIONS`, where the empty string means "no piece"), and longer descriptions by
appending sentences from `DESCRIPTION_EXTRA`.
"""

from __future__ import annotations

import re
from typing import TypedDict


class Microcentre(TypedDict):
    name: str
    region: str
    province: str
    communes: list[str]
    commune: str
    sostenedor: str
    annual_focus: str
    annual_goal: str
    indicators: list[str]
    session_places: list[str]


class School(TypedDict):
    name: str
    rbd: str
    commune: str
    sector: str
    student_count: int
    multigrade: bool
    levels: list[str]


class Teacher(TypedDict):
    name: str
    school_index: int
    email: str
    position: str


class Advisor(TypedDict):
    name: str
    email: str
    position: str


class PracticeTemplate(TypedDict):
    title: str
    subjects: list[str]
    levels: list[str]
    oa_codes: list[str]
    description: str
    multigrade_strategy: str
    materials: str
    duration_minutes: int


class ImprovementCycle(TypedDict):
    title: str
    aim: str
    change_idea: str
    prediction: str
    indicator: str
    do_notes: str
    study_notes: str
    adjust_notes: str


class ExitTicketOption(TypedDict):
    id: str
    label: str


class ExitTicketQuestion(TypedDict):
    id: str
    kind: str
    prompt: str
    options: list[ExitTicketOption]


class ExitTicket(TypedDict):
    name: str
    questions: list[ExitTicketQuestion]


class RubricCriterion(TypedDict):
    id: str
    label: str
    mbe_domain: str
    levels: list[str]


class Rubric(TypedDict):
    name: str
    criteria: list[RubricCriterion]


class ProtocolItem(TypedDict):
    id: str
    label: str
    mbe_domain: str


class ObservationProtocol(TypedDict):
    name: str
    items: list[ProtocolItem]


# --------------------------------------------------------------------------------------
# 1. The microcentre
# --------------------------------------------------------------------------------------

MICROCENTRE: Microcentre = {
    "name": "Microcentro Rural Los Copihues",
    "region": "Región del Biobío",
    "province": "Provincia de Biobío",
    "communes": ["Santa Bárbara", "Quilaco"],
    "commune": "Santa Bárbara",
    "sostenedor": "DAEM Santa Bárbara",
    "annual_focus": "Resolución de problemas en Matemática en cursos combinados",
    "annual_goal": "Compartir al menos 7 prácticas pedagógicas de aula durante el año",
    "indicators": [
        "Asistencia a las sesiones del microcentro",
        "Compromiso de los estudiantes (ticket de salida)",
        "Prácticas compartidas y aplicadas en otra escuela",
        "Satisfacción con la sesión",
    ],
    "session_places": [
        "Escuela Rural Los Boldos",
        "Escuela Particular N° 14 Quilaco Alto",
        "Escuela Rural El Maitén",
        "Sede social de Los Boldos",
        "Sala de reuniones DAEM Santa Bárbara",
        "Biblioteca municipal de Quilaco",
        "Modalidad remota",
    ],
}


# --------------------------------------------------------------------------------------
# 2. Schools (fictional; RBD check digits computed with módulo 11)
# --------------------------------------------------------------------------------------

SCHOOLS: list[School] = [
    {
        "name": "Escuela Rural Los Boldos",
        "rbd": "4512-8",
        "commune": "Santa Bárbara",
        "sector": "Los Boldos",
        "student_count": 38,
        "multigrade": True,
        "levels": ["NT1", "NT2", "1B", "2B", "3B", "4B", "5B", "6B"],
    },
    {
        "name": "Escuela Particular N° 14 Quilaco Alto",
        "rbd": "4533-0",
        "commune": "Quilaco",
        "sector": "Quilaco Alto",
        "student_count": 21,
        "multigrade": True,
        "levels": ["1B", "2B", "3B", "4B", "5B", "6B"],
    },
    {
        "name": "Escuela Rural Rucamanque",
        "rbd": "4568-3",
        "commune": "Santa Bárbara",
        "sector": "Rucamanque",
        "student_count": 16,
        "multigrade": True,
        "levels": ["1B", "2B", "3B", "4B", "5B", "6B"],
    },
    {
        "name": "Escuela Rural El Maitén",
        "rbd": "4603-5",
        "commune": "Santa Bárbara",
        "sector": "El Maitén",
        "student_count": 94,
        "multigrade": False,
        "levels": ["NT1", "NT2", "1B", "2B", "3B", "4B", "5B", "6B", "7B", "8B"],
    },
    {
        "name": "Escuela Rural Peuchén Chico",
        "rbd": "4645-0",
        "commune": "Quilaco",
        "sector": "Peuchén Chico",
        "student_count": 27,
        "multigrade": True,
        "levels": ["1B", "2B", "3B", "4B", "5B", "6B"],
    },
    {
        "name": "Escuela Básica Rural Las Quilas",
        "rbd": "17615-K",
        "commune": "Santa Bárbara",
        "sector": "Las Quilas",
        "student_count": 9,
        "multigrade": True,
        "levels": ["1B", "2B", "3B", "4B", "5B", "6B"],
    },
]


# --------------------------------------------------------------------------------------
# 3. People (fictional)
# --------------------------------------------------------------------------------------

TEACHERS: list[Teacher] = [
    {
        "name": "María de los Ángeles Sepúlveda Huenchumilla",
        "school_index": 0,
        "email": "mdlangeles.sepulveda@losboldos.example.cl",
        "position": "Profesora encargada, multigrado 1° a 6° básico",
    },
    {
        "name": "Rosa Elena Cifuentes Parra",
        "school_index": 0,
        "email": "rosa.cifuentes@losboldos.example.cl",
        "position": "Educadora de párvulos, NT1 y NT2",
    },
    {
        "name": "Juan Carlos Manríquez Toledo",
        "school_index": 1,
        "email": "jc.manriquez@quilacoalto.example.cl",
        "position": "Profesor encargado, multigrado 1° a 6° básico",
    },
    {
        "name": "Ximena Paillalef Contreras",
        "school_index": 2,
        "email": "ximena.paillalef@rucamanque.example.cl",
        "position": "Profesora encargada, unidocente",
    },
    {
        "name": "Héctor Ñancupil Rivas",
        "school_index": 3,
        "email": "hector.nancupil@elmaiten.example.cl",
        "position": "Profesor de Matemática, 5° a 8° básico",
    },
    {
        "name": "Carolina Andrea Muñoz Benavides",
        "school_index": 3,
        "email": "carolina.munoz@elmaiten.example.cl",
        "position": "Profesora de Lenguaje, 1° a 4° básico",
    },
    {
        "name": "Daniela Fuentes Orellana",
        "school_index": 3,
        "email": "daniela.fuentes@elmaiten.example.cl",
        "position": "Profesora de Ciencias Naturales y jefa de UTP",
    },
    {
        "name": "Patricia Jara Llanquileo",
        "school_index": 4,
        "email": "patricia.jara@peuchenchico.example.cl",
        "position": "Profesora encargada, multigrado 1° a 6° básico",
    },
    {
        "name": "Luis Alberto Argüello Sáez",
        "school_index": 5,
        "email": "luis.arguello@lasquilas.example.cl",
        "position": "Profesor encargado, unidocente",
    },
]

ADVISOR: Advisor = {
    "name": "Patricio Riquelme Fuentealba",
    "email": "patricio.riquelme@daem.example.cl",
    "position": "Asesor técnico-pedagógico, coordinador del microcentro",
}


# --------------------------------------------------------------------------------------
# 4. Practice templates
# --------------------------------------------------------------------------------------

PRACTICE_TEMPLATES: list[PracticeTemplate] = [
    # ---------------------------------------------------------------- Matemática
    {
        "title": "Tiendita escolar para sumar y restar con monedas",
        "subjects": ["MA"],
        "levels": ["1B", "2B", "3B"],
        "oa_codes": ["MA01 OA 09", "MA02 OA 09", "MA03 OA 06"],
        "description": (
            "Armamos en la sala una tiendita con envases vacíos que los niños traen de la casa: "
            "cajas de té, bolsas de harina y tarros de leche. Cada producto lleva un precio "
            "escrito en una etiqueta y los estudiantes compran con monedas de cartón de $1, "
            "$5, $10 y $100. Quien vende debe calcular el vuelto y anotarlo en una boleta. "
            "Al cierre, revisamos en la pizarra las compras más difíciles y cómo las resolvieron."
        ),
        "multigrade_strategy": (
            "Primero básico trabaja con precios hasta $20 y monedas de $1 y $5; segundo, hasta "
            "$100; tercero, hasta $1.000 y debe dar vuelto. Los estudiantes de tercero actúan "
            "como cajeros y ayudan a los más pequeños a contar las monedas."
        ),
        "materials": "Envases vacíos, monedas de cartón, etiquetas de precios, boletas impresas",
        "duration_minutes": 90,
    },
    {
        "title": "Práctica de cálculo mental con dados",
        "subjects": ["MA"],
        "levels": ["2B", "3B", "4B"],
        "oa_codes": ["MA02 OA 10", "MA03 OA 08", "MA04 OA 04"],
        "description": (
            "Los primeros diez minutos de cada clase de Matemática los dedicamos a lanzar dados "
            "y calcular mentalmente. Cada pareja tiene dos o tres dados y una hoja de registro. "
            "Después de cada ronda, un estudiante explica en voz alta la estrategia que usó, por "
            "ejemplo descomponer o buscar el doble. Las estrategias se anotan en un papelógrafo "
            "que queda pegado en la sala."
        ),
        "multigrade_strategy": (
            "Segundo suma dos dados, tercero suma tres dados y resta el menor, y cuarto "
            "multiplica los resultados. Todos comparten el mismo momento de la clase, pero con "
            "un desafío distinto según el nivel."
        ),
        "materials": "Dados de seis y diez caras, hojas de registro, papelógrafo",
        "duration_minutes": 45,
    },
    {
        "title": "Huerto escolar: medimos el crecimiento de las habas",
        "subjects": ["MA", "CN"],
        "levels": ["3B", "4B", "5B"],
        "oa_codes": ["MA03 OA 22", "MA04 OA 24", "MA05 OA 26", "CN03 OA 01"],
        "description": (
            "En la huerta de la escuela sembramos habas en dos camellones, uno al sol y otro a la "
            "sombra del galpón. Cada martes los estudiantes miden la altura de las plantas con "
            "una huincha y anotan los datos en una tabla. Al final del mes construimos un "
            "gráfico y comparamos ambos camellones. La conversación final gira en torno a por "
            "qué unas plantas crecieron más que otras."
        ),
        "multigrade_strategy": (
            "Tercero mide en centímetros y completa la tabla; cuarto construye el gráfico de "
            "barras; quinto calcula promedios y redacta una conclusión. Se forman grupos mixtos "
            "para que cada grupo tenga un estudiante de cada nivel."
        ),
        "materials": "Semillas de haba, huinchas de medir, tablas de registro, papel milimetrado",
        "duration_minutes": 90,
    },
    {
        "title": "Resolución de problemas con el método de los cuatro pasos",
        "subjects": ["MA"],
        "levels": ["4B", "5B", "6B"],
        "oa_codes": ["MA04 OA 06", "MA05 OA 07", "MA06 OA 03"],
        "description": (
            "Presentamos un problema con contexto del campo: cuántos fardos de pasto se necesitan "
            "para alimentar a las vacas durante el invierno. Los estudiantes siguen cuatro pasos "
            "pegados en la pizarra: entender, planificar, resolver y revisar. Cada paso tiene una "
            "pregunta guía y un espacio en la hoja de trabajo. Al final, comparamos distintos "
            "caminos para llegar a la misma respuesta."
        ),
        "multigrade_strategy": (
            "El problema es el mismo para todos, pero con números y preguntas de distinta "
            "complejidad. Los de sexto actúan como tutores en el paso de revisar, preguntando "
            "a sus compañeros si la respuesta tiene sentido."
        ),
        "materials": "Cartel con los cuatro pasos, hojas de trabajo, calculadoras para revisar",
        "duration_minutes": 90,
    },
    {
        "title": "Fracciones con la torta de la fiesta costumbrista",
        "subjects": ["MA"],
        "levels": ["3B", "4B", "5B"],
        "oa_codes": ["MA03 OA 11", "MA04 OA 08", "MA05 OA 08"],
        "description": (
            "Aprovechando la fiesta costumbrista del sector, preparamos tortas de papel y de "
            "plasticina para repartir entre los invitados. Los estudiantes cortan las tortas en "
            "mitades, tercios, cuartos y octavos, y comparan qué trozo es más grande. Luego "
            "resuelven problemas como cuántas tortas se necesitan si cada vecino come un cuarto. "
            "Cerramos con un registro en el cuaderno con dibujos y fracciones escritas."
        ),
        "multigrade_strategy": (
            "Tercero identifica y dibuja fracciones; cuarto las compara y ordena; quinto suma "
            "fracciones de igual denominador. Se usa el mismo material concreto para los tres "
            "niveles, lo que facilita la puesta en común."
        ),
        "materials": "Círculos de cartulina, plasticina, cuchillos plásticos, guía de problemas",
        "duration_minutes": 90,
    },
    {
        "title": "Tabla pitagórica viva en el patio",
        "subjects": ["MA"],
        "levels": ["2B", "3B", "4B"],
        "oa_codes": ["MA02 OA 11", "MA03 OA 09", "MA04 OA 03"],
        "description": (
            "Dibujamos con tiza una gran tabla de multiplicar en el patio de la escuela. Los "
            "estudiantes se ubican en los casilleros según los resultados que se les piden y "
            "buscan regularidades, como que los productos del 5 terminan en 0 o en 5. Cuando "
            "llueve, usamos una versión en papel kraft en el suelo de la sala. Cada sesión "
            "termina con un desafío de memoria en parejas."
        ),
        "multigrade_strategy": (
            "Segundo trabaja las tablas del 2, 5 y 10 con saltos; tercero las del 3, 4 y 6; "
            "cuarto completa la tabla y descubre la propiedad conmutativa. Los mayores dictan "
            "los desafíos a los menores."
        ),
        "materials": "Tizas de colores, papel kraft, tarjetas con multiplicaciones",
        "duration_minutes": 45,
    },
    {
        "title": "Medimos la lluvia: pluviómetro y gráficos de barras",
        "subjects": ["MA", "CN"],
        "levels": ["3B", "4B", "5B", "6B"],
        "oa_codes": ["MA03 OA 26", "MA04 OA 27", "MA05 OA 26", "MA06 OA 23", "CN05 OA 11"],
        "description": (
            "Construimos un pluviómetro con una botella plástica y lo instalamos en el patio, "
            "lejos del techo. Cada mañana un estudiante de turno lee los milímetros caídos y los "
            "anota en un calendario. Al terminar el mes de junio, organizamos los datos en "
            "tablas y gráficos y comparamos semanas. Los estudiantes también conversan con sus "
            "familias sobre cómo afecta la lluvia a los caminos y a los animales."
        ),
        "multigrade_strategy": (
            "Todos registran los datos; tercero y cuarto construyen gráficos de barras simples, "
            "quinto calcula el promedio semanal y sexto compara con los datos del año anterior. "
            "Los turnos de lectura se asignan en parejas de distinto nivel."
        ),
        "materials": "Botella plástica, regla, calendario de registro, papel cuadriculado",
        "duration_minutes": 45,
    },
    {
        "title": "Feria libre en la sala: presupuesto familiar y decimales",
        "subjects": ["MA"],
        "levels": ["5B", "6B"],
        "oa_codes": ["MA05 OA 11", "MA06 OA 09"],
        "description": (
            "Recreamos la feria libre del pueblo con precios reales que los estudiantes "
            "recopilan el fin de semana. Cada grupo recibe un presupuesto de $15.000 para comprar "
            "lo necesario para una cazuela familiar. Deben sumar precios con decimales cuando "
            "compran por kilo y decidir qué dejar fuera si no les alcanza. Al cierre, cada grupo "
            "presenta su boleta y explica sus decisiones."
        ),
        "multigrade_strategy": (
            "Quinto trabaja con precios enteros y un solo kilo; sexto calcula precios por medio "
            "kilo o 250 gramos. Los grupos son mixtos y el estudiante de sexto lleva la "
            "contabilidad mientras el de quinto revisa el vuelto."
        ),
        "materials": "Lista de precios de la feria, calculadoras, boletas, balanza de cocina",
        "duration_minutes": 90,
    },
    {
        "title": "Geometría con el cerco de la escuela: perímetro y área",
        "subjects": ["MA"],
        "levels": ["4B", "5B", "6B"],
        "oa_codes": ["MA04 OA 23", "MA05 OA 21", "MA06 OA 18"],
        "description": (
            "Salimos a medir el cerco de la escuela y los camellones de la huerta con huinchas "
            "y cordeles. Los estudiantes dibujan un plano a escala en papel cuadriculado y "
            "calculan cuántos metros de malla se necesitarían para cercar una nueva huerta. "
            "Luego comparan terrenos con igual perímetro y distinta área. La actividad termina "
            "con una propuesta escrita para el centro de padres."
        ),
        "multigrade_strategy": (
            "Cuarto mide y calcula perímetros; quinto calcula áreas de rectángulos; sexto "
            "trabaja con figuras compuestas. Los grupos se organizan por tramo del cerco y cada "
            "uno integra estudiantes de los tres niveles."
        ),
        "materials": "Huinchas de 20 metros, cordeles, estacas, papel cuadriculado",
        "duration_minutes": 90,
    },
    {
        "title": "Patrones con semillas y lanas de colores",
        "subjects": ["MA"],
        "levels": ["1B", "2B", "3B"],
        "oa_codes": ["MA01 OA 11", "MA02 OA 12", "MA03 OA 13"],
        "description": (
            "Con porotos, semillas de zapallo y trozos de lana, los estudiantes crean collares "
            "que siguen un patrón. Primero copian un patrón dado y luego inventan uno propio "
            "para que un compañero lo continúe. Registramos los patrones en tarjetas con dibujos "
            "y números. Los collares se exponen en el diario mural de la sala."
        ),
        "multigrade_strategy": (
            "Primero trabaja patrones de dos elementos, segundo de tres elementos y tercero "
            "patrones numéricos crecientes. Cada estudiante de tercero revisa los collares de un "
            "compañero de primero."
        ),
        "materials": "Porotos, semillas de zapallo, lana, tarjetas de registro",
        "duration_minutes": 45,
    },
    {
        "title": "Problemas de la semana con historias del campo",
        "subjects": ["MA", "LE"],
        "levels": ["2B", "3B", "4B"],
        "oa_codes": ["MA02 OA 09", "MA03 OA 06", "MA04 OA 06", "LE03 OA 06"],
        "description": (
            "Cada lunes pegamos en la puerta un problema basado en una historia del sector: la "
            "oveja que tuvo mellizos, el camión de la leche que se atrasó o la venta de huevos. "
            "Durante la semana los estudiantes leen el problema, lo resuelven en su cuaderno y "
            "lo explican a un compañero. El viernes revisamos las soluciones y votamos por la "
            "explicación más clara. Algunas historias las escriben los propios estudiantes."
        ),
        "multigrade_strategy": (
            "El problema tiene tres preguntas de dificultad creciente marcadas con una, dos y "
            "tres estrellas. Cada nivel debe responder al menos hasta su número de estrellas, "
            "y quien termina puede intentar la siguiente."
        ),
        "materials": "Cartel semanal, cuaderno de problemas, estrellas adhesivas",
        "duration_minutes": 45,
    },
    {
        "title": "Estimamos cantidades con sacos de papas y porotos",
        "subjects": ["MA"],
        "levels": ["1B", "2B", "3B"],
        "oa_codes": ["MA01 OA 05", "MA02 OA 05", "MA03 OA 03"],
        "description": (
            "Traemos a la sala frascos y bolsas con papas, porotos y piñones. Los estudiantes "
            "estiman cuántos hay, anotan su estimación y luego cuentan agrupando de a diez. "
            "Comparamos la estimación con el conteo real y conversamos sobre qué estrategias "
            "ayudaron a acercarse. Los frascos se van cambiando durante la semana."
        ),
        "multigrade_strategy": (
            "Primero estima cantidades hasta 20, segundo hasta 100 y tercero hasta 1.000 "
            "usando referentes. Las parejas de conteo combinan un estudiante pequeño con uno "
            "mayor que le ayuda a agrupar."
        ),
        "materials": "Frascos transparentes, papas pequeñas, porotos, piñones, vasos para agrupar",
        "duration_minutes": 45,
    },
    {
        "title": "Práctica guiada de la recta numérica en el pasillo",
        "subjects": ["MA"],
        "levels": ["3B", "4B", "5B"],
        "oa_codes": ["MA03 OA 02", "MA04 OA 01", "MA05 OA 01"],
        "description": (
            "Pegamos con cinta de enmascarar una recta numérica a lo largo del pasillo. Los "
            "estudiantes reciben tarjetas con números y deben ubicarse donde corresponde, "
            "explicando su decisión. Luego saltamos en la recta para sumar y restar. La recta "
            "se queda pegada y se usa durante el mes en otras actividades."
        ),
        "multigrade_strategy": (
            "Tercero ubica números hasta 1.000, cuarto hasta 10.000 y quinto trabaja con "
            "grandes números y redondeo. Los tramos de la recta se cambian según el nivel que "
            "esté participando."
        ),
        "materials": "Cinta de enmascarar, tarjetas numeradas, plumones",
        "duration_minutes": 45,
    },
    {
        "title": "El reloj de la escuela: leemos las horas del día",
        "subjects": ["MA"],
        "levels": ["1B", "2B", "3B"],
        "oa_codes": ["MA01 OA 17", "MA02 OA 17", "MA03 OA 20"],
        "description": (
            "Cada estudiante construye un reloj con un plato de cartón y un broche mariposa. "
            "Conversamos sobre la rutina del día: la hora de llegada del furgón, el desayuno, "
            "el recreo y la hora de salida. Los estudiantes marcan esas horas en sus relojes y "
            "las comparan con el reloj de la sala. Al final arman una línea del día con dibujos."
        ),
        "multigrade_strategy": (
            "Primero lee horas en punto; segundo, medias horas y cuartos; tercero calcula "
            "cuánto tiempo pasa entre dos momentos del día. Todos trabajan con la misma rutina "
            "escolar."
        ),
        "materials": "Platos de cartón, broches mariposa, lápices de colores, reloj de pared",
        "duration_minutes": 90,
    },
    {
        "title": "Encuesta sobre los animales de la casa y pictogramas",
        "subjects": ["MA"],
        "levels": ["1B", "2B", "3B", "4B"],
        "oa_codes": ["MA01 OA 19", "MA02 OA 21", "MA03 OA 24", "MA04 OA 27"],
        "description": (
            "Los estudiantes preguntan en sus casas cuántos animales tienen: gallinas, perros, "
            "vacas, ovejas o caballos. En la sala juntamos los datos en una tabla de conteo y "
            "construimos un pictograma gigante con dibujos. Respondemos preguntas como qué "
            "animal hay más en el sector. La actividad se comparte con las familias en la "
            "reunión de apoderados."
        ),
        "multigrade_strategy": (
            "Primero y segundo hacen tablas de conteo y pictogramas donde un dibujo es un "
            "animal; tercero y cuarto usan escalas y gráficos de barras. Cada nivel aporta una "
            "parte del mismo mural."
        ),
        "materials": "Fichas de encuesta, papel kraft, recortes de animales, pegamento",
        "duration_minutes": 90,
    },
    {
        "title": "Ecuaciones con balanzas de la feria",
        "subjects": ["MA"],
        "levels": ["6B", "7B", "8B"],
        "oa_codes": ["MA06 OA 11", "MA07 OA 10", "MA08 OA 07"],
        "description": (
            "Usamos una balanza de platillos prestada por un vecino feriante y bolsitas con "
            "pesos desconocidos. Los estudiantes representan el equilibrio con dibujos y luego "
            "con ecuaciones. Resolvemos quitando lo mismo a ambos lados, primero con objetos y "
            "después en el cuaderno. Al cierre, inventan problemas de la feria para que otros "
            "los resuelvan."
        ),
        "multigrade_strategy": (
            "Sexto trabaja ecuaciones de un paso con objetos; séptimo, ecuaciones de dos pasos; "
            "octavo plantea ecuaciones a partir de problemas escritos. Los desafíos se reparten "
            "en tarjetas de tres colores."
        ),
        "materials": "Balanza de platillos, bolsitas con arena, pesas, tarjetas de colores",
        "duration_minutes": 90,
    },
    {
        "title": "Porcentajes con las ofertas del almacén del pueblo",
        "subjects": ["MA"],
        "levels": ["6B", "7B", "8B"],
        "oa_codes": ["MA06 OA 04", "MA07 OA 04", "MA08 OA 04"],
        "description": (
            "Recopilamos folletos y carteles de ofertas del almacén y del supermercado de la "
            "comuna. Los estudiantes calculan descuentos y precios finales y comparan si conviene "
            "comprar allí o en la feria. Cada grupo presenta la mejor oferta que encontró y "
            "justifica con cálculos. También discutimos ofertas engañosas."
        ),
        "multigrade_strategy": (
            "Sexto calcula porcentajes simples como 10%, 25% y 50%; séptimo, cualquier "
            "porcentaje; octavo trabaja con aumentos y descuentos sucesivos. Las presentaciones "
            "se hacen en grupos de distintos niveles."
        ),
        "materials": "Folletos de ofertas, calculadoras, hoja de comparación de precios",
        "duration_minutes": 90,
    },
    {
        "title": "Ruleta de estrategias para problemas verbales",
        "subjects": ["MA"],
        "levels": ["3B", "4B", "5B", "6B"],
        "oa_codes": ["MA03 OA 08", "MA04 OA 06", "MA05 OA 07", "MA06 OA 03"],
        "description": (
            "Construimos una ruleta de cartón con estrategias: hacer un dibujo, usar material "
            "concreto, hacer una tabla, buscar un patrón y empezar por el final. Ante un problema, "
            "un estudiante gira la ruleta y el grupo debe intentar resolverlo con esa estrategia. "
            "Después comparamos qué estrategia funcionó mejor para cada problema. La ruleta se "
            "usa también en las evaluaciones formativas."
        ),
        "multigrade_strategy": (
            "Los problemas se presentan en tres versiones del mismo contexto. Los grupos son "
            "mixtos y el estudiante mayor modera el turno de palabra, mientras los menores "
            "proponen la primera idea."
        ),
        "materials": "Ruleta de cartón, tarjetas de problemas, material concreto variado",
        "duration_minutes": 45,
    },
    {
        "title": "Contamos los huevos del gallinero en decenas",
        "subjects": ["MA"],
        "levels": ["1B", "2B"],
        "oa_codes": ["MA01 OA 01", "MA01 OA 03", "MA02 OA 02"],
        "description": (
            "La escuela tiene un pequeño gallinero y cada mañana los estudiantes recogen los "
            "huevos. Los guardamos en cajas de diez y contamos cuántas decenas y unidades hay. "
            "Anotamos la cantidad del día en una tabla de valor posicional. A fin de mes vemos "
            "cuántos huevos juntamos y cuántas cajas llenamos."
        ),
        "multigrade_strategy": (
            "Primero cuenta de uno en uno y de dos en dos hasta llenar la caja; segundo registra "
            "decenas y unidades y suma los días. Los turnos de recolección se hacen en parejas "
            "de primero y segundo."
        ),
        "materials": "Cajas de huevos de 10 unidades, tabla de valor posicional, canasto",
        "duration_minutes": 45,
    },
    {
        "title": "Multiplicamos con la cosecha de manzanas",
        "subjects": ["MA"],
        "levels": ["3B", "4B"],
        "oa_codes": ["MA03 OA 09", "MA04 OA 05"],
        "description": (
            "En otoño traemos manzanas del huerto de una familia y las ordenamos en filas y "
            "columnas sobre la mesa. Los estudiantes descubren que contar filas y columnas es "
            "más rápido que contar una por una. Dibujan arreglos rectangulares y escriben la "
            "multiplicación correspondiente. Al final preparamos un jugo para compartir."
        ),
        "multigrade_strategy": (
            "Tercero construye arreglos y escribe multiplicaciones con factores hasta 10; cuarto "
            "descompone arreglos grandes para multiplicar números de dos dígitos. Los grupos "
            "presentan juntos sus arreglos."
        ),
        "materials": "Manzanas, bandejas, papel cuadriculado, lápices de colores",
        "duration_minutes": 90,
    },
    # ---------------------------------------------------------------- Lenguaje
    {
        "title": "Lectura compartida con cuentos mapuche",
        "subjects": ["LE"],
        "levels": ["1B", "2B", "3B"],
        "oa_codes": ["LE01 OA 04", "LE02 OA 05", "LE03 OA 04"],
        "description": (
            "Leemos en voz alta epeu, relatos mapuche, usando un libro gigante y láminas. Antes "
            "de leer, conversamos sobre palabras en mapudungun como ruka, mapu y küme. Durante "
            "la lectura hacemos pausas para predecir qué pasará. Al cierre, los estudiantes "
            "dibujan su parte favorita y escriben una oración. Una apoderada que habla "
            "mapudungun nos visita una vez al mes."
        ),
        "multigrade_strategy": (
            "Primero responde preguntas orales y dibuja; segundo escribe una oración sobre el "
            "personaje; tercero escribe un final alternativo. La lectura es común y las "
            "tareas posteriores se diferencian por nivel."
        ),
        "materials": "Libro gigante, láminas, glosario mapudungun-castellano, hojas de dibujo",
        "duration_minutes": 45,
    },
    {
        "title": "Rincón de lectura con libros del CRA y bitácora lectora",
        "subjects": ["LE"],
        "levels": ["2B", "3B", "4B", "5B"],
        "oa_codes": ["LE02 OA 06", "LE03 OA 03", "LE04 OA 03", "LE05 OA 03"],
        "description": (
            "Habilitamos un rincón con cojines, una alfombra y los libros del CRA ordenados por "
            "colores según dificultad. Tres veces por semana los estudiantes leen 20 minutos en "
            "silencio y completan una bitácora con el título, un dibujo y una opinión. Cada "
            "viernes, dos estudiantes recomiendan un libro al curso. La bitácora viaja a la casa "
            "para que las familias la conozcan."
        ),
        "multigrade_strategy": (
            "Los colores de los libros orientan la elección según el nivel lector, no según el "
            "curso. La bitácora tiene preguntas distintas para cada nivel y los mayores leen "
            "en voz baja a los que aún no leen con fluidez."
        ),
        "materials": "Libros del CRA, cojines, alfombra, bitácoras impresas, etiquetas de colores",
        "duration_minutes": 45,
    },
    {
        "title": "Diario mural de noticias del sector",
        "subjects": ["LE"],
        "levels": ["4B", "5B", "6B"],
        "oa_codes": ["LE04 OA 18", "LE05 OA 18", "LE06 OA 17"],
        "description": (
            "Cada quincena el curso publica un diario mural con noticias del sector: la llegada "
            "de los terneros, el arreglo del camino o el campeonato de fútbol. Los estudiantes "
            "entrevistan a vecinos, toman notas y escriben noticias respondiendo qué, quién, "
            "cuándo y dónde. Revisamos los borradores en parejas antes de pasarlos en limpio. "
            "El diario se instala en el paradero del furgón escolar."
        ),
        "multigrade_strategy": (
            "Cuarto escribe noticias breves con pauta; quinto redacta noticias completas; "
            "sexto asume el rol de editor y revisa ortografía y coherencia. Los roles rotan "
            "cada quincena."
        ),
        "materials": "Cartulinas, cuaderno de periodista, fotografías impresas, plumones",
        "duration_minutes": 90,
    },
    {
        "title": "Entrevista a los abuelos: relatos orales de la comunidad",
        "subjects": ["LE", "HI"],
        "levels": ["3B", "4B", "5B", "6B"],
        "oa_codes": ["LE03 OA 28", "LE04 OA 27", "HI03 OA 14", "HI05 OA 16"],
        "description": (
            "Los estudiantes preparan preguntas para entrevistar a sus abuelos o a vecinos "
            "mayores sobre cómo era la escuela y el campo antes. Graban las respuestas con un "
            "teléfono o toman notas. En la sala transcriben un fragmento y lo comparten en "
            "una ronda de relatos. Con los textos armamos un libro de memoria del sector que "
            "queda en la biblioteca."
        ),
        "multigrade_strategy": (
            "Tercero y cuarto preparan tres preguntas con apoyo de una pauta; quinto y sexto "
            "diseñan la entrevista completa y transcriben. En la ronda de relatos, los mayores "
            "leen y los menores ilustran."
        ),
        "materials": "Pauta de entrevista, teléfono para grabar, cuaderno, hojas para el libro",
        "duration_minutes": 90,
    },
    {
        "title": "Recetas de la cocina campesina",
        "subjects": ["LE"],
        "levels": ["2B", "3B", "4B"],
        "oa_codes": ["LE02 OA 14", "LE03 OA 16", "LE04 OA 16"],
        "description": (
            "Cada estudiante trae una receta familiar: sopaipillas, catutos, mote con huesillo o "
            "pan amasado. Analizamos la estructura de la receta: ingredientes, materiales y "
            "pasos. Luego escriben su propia receta con verbos en infinitivo y la ilustran. "
            "Preparamos una receta en la escuela con ayuda de una apoderada."
        ),
        "multigrade_strategy": (
            "Segundo completa una receta con apoyo de imágenes; tercero escribe la receta con "
            "conectores de orden; cuarto agrega consejos y variaciones. Las recetas se juntan "
            "en un recetario del curso."
        ),
        "materials": "Recetas familiares, hojas con formato de receta, ingredientes, delantales",
        "duration_minutes": 90,
    },
    {
        "title": "Radio escolar: leemos en voz alta con fluidez",
        "subjects": ["LE"],
        "levels": ["3B", "4B", "5B", "6B"],
        "oa_codes": ["LE03 OA 01", "LE04 OA 01", "LE05 OA 01", "LE06 OA 01"],
        "description": (
            "Una vez a la semana transmitimos un programa de radio por el parlante del patio. "
            "Los estudiantes ensayan la lectura de poemas, noticias y avisos de la comunidad. "
            "Antes de salir al aire, leen a un compañero que les da sugerencias sobre el ritmo "
            "y la entonación. Los apoderados escuchan al retirar a sus hijos."
        ),
        "multigrade_strategy": (
            "Cada nivel prepara un segmento distinto: tercero lee adivinanzas, cuarto avisos, "
            "quinto noticias y sexto conduce el programa. El ensayo se hace en parejas de "
            "distinto nivel."
        ),
        "materials": "Parlante, micrófono, guion del programa, textos para leer",
        "duration_minutes": 45,
    },
    {
        "title": "Práctica de fluidez lectora en parejas con cronómetro",
        "subjects": ["LE"],
        "levels": ["2B", "3B", "4B"],
        "oa_codes": ["LE02 OA 01", "LE03 OA 01", "LE04 OA 01"],
        "description": (
            "Tres veces por semana, durante 15 minutos, los estudiantes leen en parejas un texto "
            "breve. Uno lee mientras el otro cuenta las palabras leídas en un minuto con un "
            "cronómetro de arena o un reloj. Anotan el resultado en un gráfico personal y ven "
            "cómo avanzan durante el mes. El foco está en leer mejor que la vez anterior, sin "
            "comparaciones entre estudiantes."
        ),
        "multigrade_strategy": (
            "Los textos tienen tres niveles de dificultad y cada pareja elige el suyo. Las "
            "parejas combinan un lector más avanzado con uno que está empezando, y ambos "
            "se turnan en el rol de lector y de controlador."
        ),
        "materials": "Textos breves graduados, cronómetros, gráficos personales de avance",
        "duration_minutes": 45,
    },
    {
        "title": "Adivinanzas y trabalenguas del campo",
        "subjects": ["LE"],
        "levels": ["1B", "2B"],
        "oa_codes": ["LE01 OA 03", "LE02 OA 03"],
        "description": (
            "Recopilamos adivinanzas y trabalenguas sobre animales y objetos del campo: el "
            "queltehue, la carretilla o la tetera del fogón. Los estudiantes los repiten, "
            "identifican sonidos iniciales y separan palabras en sílabas con palmas. Luego "
            "inventan una adivinanza propia en grupo. Armamos un cancionero ilustrado."
        ),
        "multigrade_strategy": (
            "Primero trabaja la conciencia fonológica con palmas y dibujos; segundo escribe las "
            "adivinanzas y las lee a primero. Los pequeños ilustran lo que los grandes escriben."
        ),
        "materials": "Tarjetas con adivinanzas, hojas de dibujo, cancionero del curso",
        "duration_minutes": 45,
    },
    {
        "title": "Cartas a una escuela hermana del microcentro",
        "subjects": ["LE"],
        "levels": ["3B", "4B", "5B", "6B"],
        "oa_codes": ["LE03 OA 18", "LE04 OA 17", "LE05 OA 17", "LE06 OA 16"],
        "description": (
            "Cada estudiante escribe una carta a un compañero de otra escuela del microcentro, "
            "contándole sobre su sector, sus animales y lo que aprende. Las cartas viajan con "
            "el profesor a la sesión mensual y vuelven con respuestas. Trabajamos la estructura "
            "de la carta y revisamos borradores en parejas. En la última sesión del año los "
            "corresponsales se conocen."
        ),
        "multigrade_strategy": (
            "Tercero escribe cartas breves con pauta; cuarto y quinto agregan preguntas; sexto "
            "describe su entorno con detalle. Antes de enviarlas, cada estudiante de sexto "
            "revisa la carta de un compañero menor junto a él."
        ),
        "materials": "Hojas de carta, sobres, pauta de escritura, fotografías del sector",
        "duration_minutes": 45,
    },
    {
        "title": "Textos informativos sobre el copihue y la flora nativa",
        "subjects": ["LE", "CN"],
        "levels": ["4B", "5B", "6B"],
        "oa_codes": ["LE04 OA 06", "LE05 OA 06", "LE06 OA 06", "CN04 OA 03"],
        "description": (
            "Leemos textos informativos sobre el copihue, el canelo, el coigüe y el maqui. Los "
            "estudiantes subrayan ideas principales y completan un organizador gráfico. Luego "
            "salimos a buscar estas especies en el bosque cercano y comparamos lo leído con lo "
            "observado. Cada grupo escribe una ficha informativa ilustrada."
        ),
        "multigrade_strategy": (
            "Cuarto identifica información explícita; quinto distingue idea principal y "
            "detalles; sexto compara dos textos sobre la misma especie. Las fichas se arman en "
            "grupos mixtos con un rol para cada nivel."
        ),
        "materials": "Textos informativos impresos, organizadores gráficos, lupas, fichas",
        "duration_minutes": 90,
    },
    {
        "title": "Cuaderno viajero de cuentos",
        "subjects": ["LE"],
        "levels": ["1B", "2B", "3B", "4B"],
        "oa_codes": ["LE01 OA 13", "LE02 OA 12", "LE03 OA 12", "LE04 OA 12"],
        "description": (
            "Un cuaderno forrado viaja cada fin de semana a la casa de un estudiante. Junto a su "
            "familia, escribe o dicta un cuento breve y lo ilustra. El lunes lo lee o lo cuenta "
            "frente al curso. Al final del semestre, el cuaderno tiene los cuentos de todas las "
            "familias y se presenta en la muestra de fin de año."
        ),
        "multigrade_strategy": (
            "Los de primero pueden dictar el cuento a un adulto y dibujarlo; los de cuarto lo "
            "escriben con inicio, desarrollo y final. La lectura del lunes es común y los "
            "compañeros mayores hacen preguntas a los autores menores."
        ),
        "materials": "Cuaderno forrado, bolsa de género, lápices de colores",
        "duration_minutes": 45,
    },
    {
        "title": "Comprensión lectora antes, durante y después de leer",
        "subjects": ["LE"],
        "levels": ["3B", "4B", "5B", "6B"],
        "oa_codes": ["LE03 OA 07", "LE04 OA 07", "LE05 OA 07", "LE06 OA 07"],
        "description": (
            "Modelamos en voz alta tres momentos de la lectura: antes de leer, activamos "
            "conocimientos y predecimos; durante, hacemos preguntas y visualizamos; después, "
            "resumimos y opinamos. Los estudiantes usan tarjetas con íconos para recordar cada "
            "estrategia. Practicamos con leyendas del sur, como la del Trauco o la Pincoya."
        ),
        "multigrade_strategy": (
            "Todos leen la misma leyenda en versiones adaptadas de distinta extensión. Las "
            "tarjetas de estrategias son comunes y las preguntas de cierre se ajustan al nivel."
        ),
        "materials": "Leyendas adaptadas, tarjetas de estrategias, hoja de resumen",
        "duration_minutes": 45,
    },
    {
        "title": "Poemas de la lluvia del sur",
        "subjects": ["LE"],
        "levels": ["4B", "5B", "6B"],
        "oa_codes": ["LE04 OA 05", "LE05 OA 04", "LE06 OA 04"],
        "description": (
            "En un día de lluvia escuchamos el sonido del agua en el techo de zinc y anotamos "
            "palabras que nos evoca. Leemos poemas de autores chilenos sobre la lluvia y el sur. "
            "Identificamos comparaciones y personificaciones. Luego cada estudiante escribe un "
            "poema propio y lo recita en el cierre."
        ),
        "multigrade_strategy": (
            "Cuarto escribe un poema con estructura dada; quinto incorpora comparaciones; sexto "
            "trabaja con personificaciones y rima libre. El recital final es común."
        ),
        "materials": "Antología de poemas, hojas de escritura, grabadora",
        "duration_minutes": 90,
    },
    {
        "title": "Debate sobre el cuidado del estero",
        "subjects": ["LE"],
        "levels": ["7B", "8B"],
        "oa_codes": ["LE07 OA 21", "LE08 OA 21"],
        "description": (
            "A partir de una noticia sobre la contaminación del estero del sector, organizamos "
            "un debate con dos posturas. Los estudiantes investigan, preparan argumentos y "
            "contraargumentos y ensayan sus intervenciones. El debate se realiza con moderador "
            "y tiempos definidos. Al cierre, el curso redacta una carta a la junta de vecinos."
        ),
        "multigrade_strategy": (
            "Séptimo prepara argumentos con apoyo de una guía y octavo asume los roles de "
            "moderador y de réplica. Los equipos de debate combinan estudiantes de ambos niveles."
        ),
        "materials": "Noticias impresas, fichas de argumentos, cronómetro, pauta de evaluación",
        "duration_minutes": 90,
    },
    {
        "title": "Afiches para la fiesta costumbrista",
        "subjects": ["LE", "AR"],
        "levels": ["5B", "6B", "7B"],
        "oa_codes": ["LE05 OA 14", "LE06 OA 14", "AR05 OA 02"],
        "description": (
            "La junta de vecinos nos encargó los afiches de la fiesta costumbrista de febrero. "
            "Analizamos afiches reales y sus partes: imagen, eslogan, datos de la actividad. "
            "Los estudiantes diseñan bocetos, los presentan a un compañero y reciben "
            "sugerencias. Los afiches finales se pegan en el almacén y en la posta."
        ),
        "multigrade_strategy": (
            "Quinto redacta el eslogan y los datos; sexto diseña la composición; séptimo "
            "coordina al equipo y revisa la ortografía. Cada equipo entrega un afiche."
        ),
        "materials": "Cartulinas, témperas, plumones, afiches de ejemplo",
        "duration_minutes": 90,
    },
    {
        "title": "Mari mari: saludos y palabras en mapudungun",
        "subjects": ["LE"],
        "levels": ["1B", "2B", "3B"],
        "oa_codes": ["LE01 OA 21", "LE02 OA 23", "LE03 OA 27"],
        "description": (
            "Iniciamos cada jornada con el saludo mari mari y aprendemos una palabra nueva en "
            "mapudungun relacionada con la naturaleza o la familia. La palabra se escribe en un "
            "cartel bilingüe con un dibujo. Los viernes jugamos a la memoria con las palabras "
            "de la semana. Las familias que hablan la lengua participan enseñando "
            "pronunciación."
        ),
        "multigrade_strategy": (
            "Primero aprende las palabras de forma oral y con dibujos; segundo y tercero las "
            "escriben y las usan en oraciones. El juego de memoria se hace en parejas mixtas."
        ),
        "materials": "Carteles bilingües, tarjetas de memoria, grabaciones de pronunciación",
        "duration_minutes": 45,
    },
    # ---------------------------------------------------------------- Ciencias Naturales
    {
        "title": "Ciclo de vida de la gallina: observamos el gallinero",
        "subjects": ["CN"],
        "levels": ["1B", "2B", "3B"],
        "oa_codes": ["CN01 OA 01", "CN02 OA 02", "CN03 OA 03"],
        "description": (
            "Una gallina clueca de la escuela empolla sus huevos y los estudiantes registran "
            "los cambios durante tres semanas en un diario de observación. Cuando nacen los "
            "pollitos, los dibujamos y medimos su crecimiento. Comparamos el ciclo de la "
            "gallina con el de otros animales del campo. Cerramos con una línea de tiempo "
            "ilustrada."
        ),
        "multigrade_strategy": (
            "Primero observa y dibuja; segundo describe y compara; tercero explica las etapas "
            "del ciclo con vocabulario científico. Los registros se hacen en parejas mixtas."
        ),
        "materials": "Diario de observación, lupas, regla, cámara fotográfica",
        "duration_minutes": 45,
    },
    {
        "title": "El agua de nuestro sector: de dónde viene y cómo la cuidamos",
        "subjects": ["CN", "HI"],
        "levels": ["4B", "5B", "6B"],
        "oa_codes": ["CN05 OA 12", "CN06 OA 13", "HI04 OA 15"],
        "description": (
            "Investigamos de dónde viene el agua que llega a la escuela: el APR, la vertiente "
            "o el pozo. Visitamos la caseta del sistema de agua potable rural y entrevistamos "
            "al encargado. Los estudiantes miden cuánta agua se pierde en una llave que gotea. "
            "Con los datos proponemos acciones de cuidado para la comunidad."
        ),
        "multigrade_strategy": (
            "Cuarto registra observaciones de la visita; quinto calcula el agua perdida; sexto "
            "redacta las propuestas y las presenta. Todos participan en la misma salida."
        ),
        "materials": "Pauta de visita, recipientes graduados, cronómetro, cartulinas",
        "duration_minutes": 135,
    },
    {
        "title": "Compostera escolar y los descomponedores",
        "subjects": ["CN"],
        "levels": ["3B", "4B", "5B", "6B"],
        "oa_codes": ["CN03 OA 05", "CN04 OA 07", "CN05 OA 07", "CN06 OA 02"],
        "description": (
            "Instalamos una compostera con restos de la colación y hojas secas. Cada semana los "
            "estudiantes observan los cambios, buscan lombrices y chanchitos de tierra y miden "
            "la temperatura. Relacionamos lo observado con el rol de los descomponedores. El "
            "compost se usa después en la huerta escolar."
        ),
        "multigrade_strategy": (
            "Tercero y cuarto observan y registran con dibujos; quinto y sexto formulan "
            "preguntas de investigación y predicciones. La compostera tiene turnos de cuidado "
            "por parejas de distinto nivel."
        ),
        "materials": "Cajón de madera, restos orgánicos, termómetro, lupas, guantes",
        "duration_minutes": 45,
    },
    {
        "title": "Estados del agua con la escarcha de la mañana",
        "subjects": ["CN"],
        "levels": ["1B", "2B", "3B"],
        "oa_codes": ["CN01 OA 09", "CN02 OA 09", "CN03 OA 10"],
        "description": (
            "En las mañanas heladas de julio salimos a observar la escarcha en el pasto y el "
            "hielo en los charcos. Recogemos hielo en un frasco y observamos cómo se derrite en "
            "la sala junto a la estufa. Los estudiantes describen los cambios y los dibujan. "
            "Conversamos sobre por qué en la tarde ya no hay escarcha."
        ),
        "multigrade_strategy": (
            "Primero describe lo que ve y toca; segundo registra tiempos de derretimiento; "
            "tercero explica los cambios de estado con vocabulario científico. La observación "
            "inicial es común."
        ),
        "materials": "Frascos, termómetro, hojas de registro, reloj",
        "duration_minutes": 45,
    },
    {
        "title": "Los sentidos en el bosque nativo",
        "subjects": ["CN"],
        "levels": ["1B", "2B"],
        "oa_codes": ["CN01 OA 06", "CN02 OA 07"],
        "description": (
            "Hacemos una caminata por el bosque cercano a la escuela y usamos los cinco sentidos: "
            "escuchamos al chucao, olemos las hojas de boldo, tocamos la corteza de los árboles. "
            "Los estudiantes recolectan elementos para una caja sensorial. En la sala clasifican "
            "lo recolectado según el sentido que más usaron."
        ),
        "multigrade_strategy": (
            "Primero nombra y dibuja; segundo clasifica y explica. Cada estudiante de segundo "
            "acompaña a uno de primero durante la caminata."
        ),
        "materials": "Bolsas de género, caja sensorial, vendas para los ojos, hojas de dibujo",
        "duration_minutes": 90,
    },
    {
        "title": "Huerto de lawen: plantas medicinales de la comunidad",
        "subjects": ["CN", "HI"],
        "levels": ["3B", "4B", "5B"],
        "oa_codes": ["CN03 OA 04", "CN04 OA 01", "HI05 OA 02"],
        "description": (
            "Con ayuda de una lawentuchefe de la comunidad plantamos un huerto de lawen con "
            "matico, toronjil, paico y menta. Los estudiantes investigan para qué se usa cada "
            "planta y registran sus características. Comparamos el saber tradicional con "
            "textos científicos. Cada planta lleva un letrero bilingüe hecho por el curso."
        ),
        "multigrade_strategy": (
            "Tercero observa y describe las partes de la planta; cuarto investiga sus "
            "necesidades; quinto compara fuentes de información. El cuidado del huerto se "
            "organiza por parejas mixtas."
        ),
        "materials": "Plantas medicinales, herramientas de huerta, letreros de madera, fichas",
        "duration_minutes": 90,
    },
    {
        "title": "Circuitos eléctricos con linternas en desuso",
        "subjects": ["CN", "TE"],
        "levels": ["5B", "6B"],
        "oa_codes": ["CN06 OA 08", "CN06 OA 09", "TE05 OA 03"],
        "description": (
            "Desarmamos linternas viejas que trajeron las familias para descubrir sus partes. "
            "Los estudiantes arman circuitos simples con pilas, cables y ampolletas pequeñas. "
            "Prueban qué materiales conducen la electricidad y cuáles no. Conversamos sobre el "
            "uso seguro de la electricidad en la casa y en el campo."
        ),
        "multigrade_strategy": (
            "Quinto arma el circuito siguiendo instrucciones; sexto diseña un circuito con "
            "interruptor y explica su funcionamiento. Los equipos combinan ambos niveles."
        ),
        "materials": "Linternas en desuso, pilas, cables, ampolletas, clips, papel aluminio",
        "duration_minutes": 90,
    },
    {
        "title": "Cadenas alimentarias del bosque del sur",
        "subjects": ["CN"],
        "levels": ["4B", "5B", "6B"],
        "oa_codes": ["CN04 OA 03", "CN05 OA 02", "CN06 OA 03"],
        "description": (
            "Con tarjetas de seres vivos del bosque nativo, como el pudú, el zorro chilla, el "
            "chucao y el maqui, los estudiantes arman cadenas y tramas alimentarias sobre el "
            "suelo. Luego retiramos una tarjeta y discuten qué pasaría con las demás. Cerramos "
            "con un esquema en el cuaderno y una reflexión sobre la tala del bosque."
        ),
        "multigrade_strategy": (
            "Cuarto arma cadenas simples; quinto arma tramas; sexto analiza el impacto de "
            "retirar una especie. Las tarjetas son comunes y cada nivel agrega complejidad."
        ),
        "materials": "Tarjetas de seres vivos, lana, fotografías del bosque nativo",
        "duration_minutes": 45,
    },
    # ---------------------------------------------------------------- Historia
    {
        "title": "Mapa del sector con puntos de referencia",
        "subjects": ["HI"],
        "levels": ["1B", "2B", "3B"],
        "oa_codes": ["HI01 OA 08", "HI02 OA 07", "HI03 OA 06"],
        "description": (
            "Los estudiantes dibujan el camino de su casa a la escuela marcando puntos de "
            "referencia: la posta, la capilla, el puente y el almacén. Luego armamos un mapa "
            "común del sector en papel kraft. Usamos palabras como cerca, lejos, a la izquierda "
            "y al norte. El mapa se complementa con fotografías tomadas por las familias."
        ),
        "multigrade_strategy": (
            "Primero dibuja su recorrido; segundo usa símbolos y simbología; tercero incorpora "
            "los puntos cardinales. El mapa común reúne el trabajo de los tres niveles."
        ),
        "materials": "Papel kraft, lápices de colores, fotografías, brújula",
        "duration_minutes": 90,
    },
    {
        "title": "Línea de tiempo de la familia y de la escuela",
        "subjects": ["HI"],
        "levels": ["2B", "3B", "4B"],
        "oa_codes": ["HI02 OA 01", "HI03 OA 01", "HI04 OA 01"],
        "description": (
            "Cada estudiante construye una línea de tiempo con hechos importantes de su familia "
            "usando fotografías y dibujos. Luego, con ayuda de apoderados y exalumnos, armamos "
            "la línea de tiempo de la escuela desde su fundación. Comparamos cómo ha cambiado "
            "la escuela: el edificio, el camino, la luz eléctrica. La línea queda en el pasillo."
        ),
        "multigrade_strategy": (
            "Segundo ordena hechos en antes y después; tercero usa décadas; cuarto relaciona la "
            "historia de la escuela con hechos de la comuna. El trabajo se presenta en conjunto."
        ),
        "materials": "Fotografías familiares, cordel, perros de ropa, tarjetas de fechas",
        "duration_minutes": 90,
    },
    {
        "title": "Oficios del campo: visita a la quesería del sector",
        "subjects": ["HI"],
        "levels": ["1B", "2B"],
        "oa_codes": ["HI01 OA 09", "HI02 OA 09"],
        "description": (
            "Visitamos una quesería familiar del sector y conversamos con quienes trabajan allí. "
            "Los estudiantes observan las herramientas y el proceso de elaboración del queso. "
            "De vuelta en la sala, dibujan los oficios que conocen en su familia. Armamos un "
            "libro de los oficios de la comunidad."
        ),
        "multigrade_strategy": (
            "Primero describe oralmente y dibuja; segundo escribe una oración sobre cada oficio. "
            "Durante la visita, los de segundo hacen las preguntas preparadas en conjunto."
        ),
        "materials": "Autorizaciones de salida, pauta de preguntas, hojas para el libro",
        "duration_minutes": 135,
    },
    {
        "title": "We tripantu en la escuela: el año nuevo mapuche",
        "subjects": ["HI", "LE"],
        "levels": ["2B", "3B", "4B"],
        "oa_codes": ["HI02 OA 03", "HI03 OA 03", "LE04 OA 24"],
        "description": (
            "En la semana del solsticio de invierno preparamos el we tripantu con la comunidad. "
            "Las familias comparten relatos sobre el significado del nuevo ciclo y los "
            "estudiantes preparan mate y sopaipillas. Conversamos sobre la relación del pueblo "
            "mapuche con la naturaleza. Los estudiantes registran lo aprendido en un texto breve."
        ),
        "multigrade_strategy": (
            "Segundo dibuja y nombra los elementos de la celebración; tercero describe la "
            "ceremonia; cuarto escribe un texto informativo. La celebración es común a todos."
        ),
        "materials": "Cartulinas, ingredientes para sopaipillas, relatos de la comunidad",
        "duration_minutes": 135,
    },
    {
        "title": "Zonas naturales de Chile con maqueta",
        "subjects": ["HI"],
        "levels": ["5B", "6B"],
        "oa_codes": ["HI05 OA 09", "HI06 OA 10"],
        "description": (
            "Los estudiantes construyen una maqueta de Chile dividida en las cinco zonas "
            "naturales usando greda, cartón y elementos del entorno. Cada grupo investiga el "
            "clima, la vegetación y las actividades económicas de una zona. Comparamos la zona "
            "sur, donde vivimos, con las demás. Presentamos la maqueta a los cursos menores."
        ),
        "multigrade_strategy": (
            "Quinto caracteriza las zonas naturales; sexto relaciona las zonas con las regiones "
            "y las actividades productivas. Los grupos son mixtos y cada nivel tiene su ficha."
        ),
        "materials": "Cartón, greda, témperas, mapas de Chile, fichas de investigación",
        "duration_minutes": 135,
    },
    # ---------------------------------------------------------------- Artes Visuales
    {
        "title": "Telar mapuche en marco de cartón",
        "subjects": ["AR", "TE"],
        "levels": ["3B", "4B", "5B"],
        "oa_codes": ["AR03 OA 01", "AR04 OA 02", "TE05 OA 02"],
        "description": (
            "Una tejedora del sector nos enseña los diseños tradicionales del ñimin. Los "
            "estudiantes construyen un telar en un marco de cartón y tejen con lana de colores. "
            "Observamos las figuras geométricas y su significado. Los trabajos se exhiben en la "
            "muestra de fin de semestre."
        ),
        "multigrade_strategy": (
            "Tercero teje franjas de colores; cuarto incorpora un diseño simple; quinto "
            "planifica un diseño propio en papel cuadriculado antes de tejer. Los mayores "
            "ayudan a montar los telares de los menores."
        ),
        "materials": "Marcos de cartón, lana de colores, agujas de punta roma, papel cuadriculado",
        "duration_minutes": 90,
    },
    {
        "title": "Pintamos el volcán y los paisajes del sector",
        "subjects": ["AR"],
        "levels": ["1B", "2B", "3B"],
        "oa_codes": ["AR01 OA 01", "AR02 OA 01", "AR03 OA 01"],
        "description": (
            "Salimos al patio en un día despejado para observar el volcán y los cerros. Los "
            "estudiantes pintan el paisaje con témperas, atendiendo a los colores fríos y "
            "cálidos. Conversamos sobre cómo cambia el paisaje según la estación. Las pinturas "
            "se comparan con obras de pintores chilenos de paisaje."
        ),
        "multigrade_strategy": (
            "Primero pinta libremente; segundo mezcla colores; tercero trabaja planos y "
            "profundidad. La observación y la conversación final son comunes."
        ),
        "materials": "Témperas, pinceles, cartulinas, reproducciones de pinturas",
        "duration_minutes": 90,
    },
    {
        "title": "Máscaras para la fiesta de la trilla",
        "subjects": ["AR"],
        "levels": ["2B", "3B", "4B"],
        "oa_codes": ["AR02 OA 02", "AR03 OA 02", "AR04 OA 02"],
        "description": (
            "Preparando la trilla a yegua suelta que organiza la comunidad en enero, los "
            "estudiantes crean máscaras de animales del campo con papel maché. Observamos "
            "máscaras de distintas culturas y conversamos sobre su uso en fiestas. Cada "
            "estudiante diseña un boceto antes de construir. Las máscaras se usan en un "
            "pasacalle escolar."
        ),
        "multigrade_strategy": (
            "Segundo decora máscaras con base preparada; tercero construye con papel maché; "
            "cuarto diseña y explica el significado de su máscara. El pasacalle reúne a todos."
        ),
        "materials": "Globos, papel de diario, cola fría, témperas, elásticos",
        "duration_minutes": 135,
    },
    {
        "title": "Grabado con hojas y cortezas del bosque",
        "subjects": ["AR", "CN"],
        "levels": ["4B", "5B", "6B"],
        "oa_codes": ["AR04 OA 01", "AR05 OA 01", "AR06 OA 01", "CN04 OA 01"],
        "description": (
            "Recolectamos hojas y trozos de corteza de distintos árboles nativos. Los estudiantes "
            "hacen frottage con crayones y luego estampan con témpera. Observan texturas, "
            "líneas y formas, y las relacionan con la especie de árbol. Con los grabados "
            "armamos un herbario artístico."
        ),
        "multigrade_strategy": (
            "Cuarto trabaja frottage; quinto combina frottage y estampado; sexto compone una "
            "obra con intención expresiva. Las especies se identifican en grupos mixtos."
        ),
        "materials": "Hojas y cortezas, crayones, témperas, rodillos, papel de volantín",
        "duration_minutes": 90,
    },
    # ---------------------------------------------------------------- Música
    {
        "title": "Cantos tradicionales con instrumentos reciclados",
        "subjects": ["MU"],
        "levels": ["1B", "2B", "3B"],
        "oa_codes": ["MU01 OA 04", "MU02 OA 04", "MU03 OA 04"],
        "description": (
            "Construimos maracas con botellas y semillas, tambores con tarros y palos de lluvia "
            "con tubos de cartón. Aprendemos canciones tradicionales chilenas y las acompañamos "
            "con los instrumentos. Trabajamos pulso, acento y cambios de intensidad. Cerramos "
            "con una presentación para las familias."
        ),
        "multigrade_strategy": (
            "Primero marca el pulso; segundo sigue patrones rítmicos; tercero acompaña con "
            "ritmos de dos tiempos. Todos cantan juntos y cada nivel tiene una parte del "
            "acompañamiento."
        ),
        "materials": "Botellas, semillas, tarros, tubos de cartón, cinta adhesiva",
        "duration_minutes": 45,
    },
    {
        "title": "Ritmo y pulso con el kultrún",
        "subjects": ["MU", "HI"],
        "levels": ["2B", "3B", "4B"],
        "oa_codes": ["MU02 OA 01", "MU03 OA 01", "MU04 OA 01", "HI02 OA 03"],
        "description": (
            "Un músico mapuche de la comunidad nos presenta el kultrún, la trutruka y la "
            "pifilka. Los estudiantes escuchan, reconocen sonidos y reproducen patrones "
            "rítmicos con palmas y tambores. Conversamos sobre el significado del kultrún en la "
            "cultura mapuche. Cerramos con una interpretación grupal."
        ),
        "multigrade_strategy": (
            "Segundo reproduce patrones simples; tercero los combina; cuarto crea un patrón "
            "propio y lo enseña al grupo. La audición es común."
        ),
        "materials": "Kultrún, tambores, grabaciones, tarjetas de patrones rítmicos",
        "duration_minutes": 45,
    },
    {
        "title": "Coro del microcentro para el aniversario de la comuna",
        "subjects": ["MU"],
        "levels": ["4B", "5B", "6B"],
        "oa_codes": ["MU04 OA 04", "MU05 OA 04", "MU06 OA 04"],
        "description": (
            "Las escuelas del microcentro ensayan las mismas canciones para cantar juntas en el "
            "aniversario de la comuna. Cada escuela ensaya con grabaciones y partituras simples "
            "que comparte el profesor de música. Trabajamos respiración, afinación y canto a "
            "dos voces. El encuentro final reúne a todas las escuelas."
        ),
        "multigrade_strategy": (
            "Cuarto canta la melodía principal; quinto y sexto incorporan la segunda voz. Los "
            "ensayos por voces se hacen con el curso completo para que todos escuchen ambas."
        ),
        "materials": "Grabaciones de ensayo, partituras simples, parlante",
        "duration_minutes": 45,
    },
    # ---------------------------------------------------------------- Educación Física
    {
        "title": "Juegos tradicionales chilenos en el patio de tierra",
        "subjects": ["EF"],
        "levels": ["1B", "2B", "3B", "4B"],
        "oa_codes": ["EF01 OA 01", "EF02 OA 01", "EF03 OA 01", "EF04 OA 01"],
        "description": (
            "Practicamos juegos tradicionales como el luche, la rayuela, el emboque, las "
            "bolitas y la carrera en sacos. Las familias nos enseñan las reglas que usaban en "
            "su infancia. Trabajamos habilidades motrices básicas como saltar, lanzar y "
            "equilibrarse. Cerramos con una mini olimpiada criolla."
        ),
        "multigrade_strategy": (
            "Las estaciones de juego se adaptan por dificultad: distancias más cortas para los "
            "menores y reglas más complejas para los mayores. Los estudiantes de cuarto "
            "arbitran las estaciones de primero."
        ),
        "materials": "Sacos, tejos, emboques, tiza, bolitas",
        "duration_minutes": 90,
    },
    {
        "title": "Palín adaptado para cursos combinados",
        "subjects": ["EF", "HI"],
        "levels": ["4B", "5B", "6B"],
        "oa_codes": ["EF04 OA 04", "EF05 OA 03", "EF06 OA 03", "HI05 OA 02"],
        "description": (
            "Aprendemos el palín, juego tradicional mapuche, con reglas adaptadas para la "
            "seguridad de todos. Un integrante de la comunidad explica su sentido ceremonial y "
            "social. Los estudiantes practican el manejo del wiño y la pelota en grupos "
            "pequeños. Cerramos con un encuentro amistoso entre escuelas del microcentro."
        ),
        "multigrade_strategy": (
            "Los equipos son mixtos en nivel y cada uno tiene un capitán de sexto. Se usan "
            "canchas más pequeñas y pelotas blandas para los menores."
        ),
        "materials": "Wiño o palos de madera, pelota blanda, conos",
        "duration_minutes": 90,
    },
    {
        "title": "Circuito motor con elementos del entorno",
        "subjects": ["EF"],
        "levels": ["1B", "2B", "3B"],
        "oa_codes": ["EF01 OA 02", "EF02 OA 02", "EF03 OA 02"],
        "description": (
            "Armamos un circuito en el patio con troncos, neumáticos en desuso y cuerdas. Los "
            "estudiantes saltan, reptan, trepan y se equilibran. Al final de cada vuelta "
            "registran cómo se sintieron y cuál estación les costó más. Terminamos con "
            "elongación y una conversación sobre la importancia de moverse."
        ),
        "multigrade_strategy": (
            "Cada estación tiene dos o tres variantes de dificultad y cada estudiante elige la "
            "suya. Los mayores demuestran cada estación antes de comenzar."
        ),
        "materials": "Neumáticos, troncos, cuerdas, conos, silbato",
        "duration_minutes": 45,
    },
    # ---------------------------------------------------------------- Tecnología
    {
        "title": "Invernadero con botellas plásticas",
        "subjects": ["TE", "CN"],
        "levels": ["3B", "4B", "5B", "6B"],
        "oa_codes": ["TE03 OA 01", "TE04 OA 03", "TE05 OA 03", "CN04 OA 01"],
        "description": (
            "Diseñamos y construimos un pequeño invernadero con botellas plásticas recolectadas "
            "por la comunidad. Los estudiantes dibujan un plano, calculan cuántas botellas "
            "necesitan y se organizan en equipos de trabajo. Comparamos el crecimiento de "
            "almácigos dentro y fuera del invernadero. El invernadero queda como parte de la "
            "huerta escolar."
        ),
        "multigrade_strategy": (
            "Tercero y cuarto limpian y preparan materiales; quinto y sexto diseñan y dirigen "
            "la construcción. Todos registran las observaciones de los almácigos."
        ),
        "materials": "Botellas plásticas, varillas, alambre, almácigos, tijeras",
        "duration_minutes": 135,
    },
    {
        "title": "Presentaciones digitales sin internet sobre nuestro sector",
        "subjects": ["TE", "HI"],
        "levels": ["5B", "6B"],
        "oa_codes": ["TE05 OA 06", "TE06 OA 06", "HI05 OA 09"],
        "description": (
            "Con los computadores de la escuela, sin conexión, los estudiantes preparan "
            "presentaciones sobre la historia y la geografía del sector. Usan fotografías "
            "tomadas por ellos y textos escritos en clases. Aprendemos a organizar diapositivas, "
            "insertar imágenes y guardar en un pendrive. Las presentaciones se muestran en la "
            "reunión de apoderados."
        ),
        "multigrade_strategy": (
            "Quinto aprende las funciones básicas y sexto incorpora transiciones y edición de "
            "imágenes. Trabajan en parejas compartiendo un computador."
        ),
        "materials": "Computadores de la escuela, pendrive, fotografías, proyector",
        "duration_minutes": 90,
    },
    {
        "title": "Diseñamos un comedero para aves",
        "subjects": ["TE", "CN"],
        "levels": ["2B", "3B", "4B"],
        "oa_codes": ["TE02 OA 01", "TE03 OA 01", "TE04 OA 01", "CN02 OA 01"],
        "description": (
            "Los estudiantes diseñan un comedero para las aves que visitan el patio, como el "
            "chincol y el zorzal. Dibujan bocetos, eligen materiales reutilizados y construyen "
            "el comedero en grupos. Observamos durante una semana qué aves llegan y las "
            "registramos. Evaluamos qué diseño funcionó mejor."
        ),
        "multigrade_strategy": (
            "Segundo construye siguiendo un modelo; tercero propone mejoras; cuarto diseña su "
            "propio modelo con medidas. El registro de aves se hace entre todos."
        ),
        "materials": "Envases de jugo, palos de helado, cordel, semillas, tijeras",
        "duration_minutes": 90,
    },
    # ---------------------------------------------------------------- Orientación
    {
        "title": "Asamblea semanal del curso combinado",
        "subjects": ["OR"],
        "levels": ["3B", "4B", "5B", "6B"],
        "oa_codes": ["OR03 OA 07", "OR04 OA 07", "OR05 OA 07", "OR06 OA 07"],
        "description": (
            "Cada viernes realizamos una asamblea de 30 minutos en círculo. Los estudiantes "
            "proponen temas en un buzón durante la semana: juegos del recreo, cuidado de la "
            "huerta o conflictos. La asamblea tiene un moderador y un secretario que rotan. Los "
            "acuerdos se escriben en un libro de actas del curso."
        ),
        "multigrade_strategy": (
            "Los roles de moderador y secretario rotan entre los mayores, y los menores "
            "participan proponiendo temas y votando. Con el tiempo, los menores también asumen "
            "roles acompañados."
        ),
        "materials": "Buzón de temas, libro de actas, tarjetas de turno de palabra",
        "duration_minutes": 45,
    },
    {
        "title": "Termómetro de emociones al iniciar la jornada",
        "subjects": ["OR"],
        "levels": ["1B", "2B", "3B"],
        "oa_codes": ["OR01 OA 02", "OR02 OA 02", "OR03 OA 02"],
        "description": (
            "Al llegar a la sala, cada estudiante ubica su pinza de ropa en un termómetro de "
            "emociones con colores. Quien lo desea comparte por qué se siente así. Conversamos "
            "sobre estrategias para calmarse, como respirar o dibujar. El termómetro se revisa "
            "también después del recreo."
        ),
        "multigrade_strategy": (
            "Primero nombra emociones básicas; segundo y tercero describen situaciones y "
            "proponen estrategias. Los mayores modelan cómo expresar emociones con respeto."
        ),
        "materials": "Termómetro de cartulina, pinzas de ropa con nombre, tarjetas de estrategias",
        "duration_minutes": 45,
    },
    {
        "title": "Tutores de lectura: los grandes acompañan a los chicos",
        "subjects": ["OR", "LE"],
        "levels": ["1B", "2B", "5B", "6B"],
        "oa_codes": ["OR05 OA 06", "LE01 OA 04", "LE02 OA 04", "LE06 OA 01"],
        "description": (
            "Dos veces por semana, los estudiantes de quinto y sexto leen con uno de primero o "
            "segundo durante 20 minutos. Los tutores reciben una breve formación sobre cómo "
            "escuchar, esperar y animar sin dar la respuesta. Registran en una ficha qué "
            "leyeron y cómo le fue a su compañero. Cada mes conversamos sobre lo que aprendieron "
            "siendo tutores."
        ),
        "multigrade_strategy": (
            "La práctica aprovecha la composición del curso combinado: los mayores desarrollan "
            "responsabilidad y empatía, y los menores reciben atención personalizada. La "
            "profesora circula apoyando a las parejas con más dificultades."
        ),
        "materials": "Libros breves, fichas de registro de tutoría, cojines",
        "duration_minutes": 45,
    },
    # ---------------------------------------------------------------- Inglés
    {
        "title": "Los animales de la granja en inglés",
        "subjects": ["IN"],
        "levels": ["5B", "6B"],
        "oa_codes": ["IN05 OA 01", "IN06 OA 01"],
        "description": (
            "Aprendemos el nombre en inglés de los animales de la granja con tarjetas y sonidos. "
            "Los estudiantes juegan a adivinar el animal a partir de pistas en inglés. Luego "
            "describen su animal favorito con oraciones simples. Armamos un mural bilingüe de "
            "la granja."
        ),
        "multigrade_strategy": (
            "Quinto trabaja vocabulario y oraciones modelo; sexto describe con adjetivos y "
            "acciones. En el juego de adivinanzas, los equipos combinan ambos niveles."
        ),
        "materials": "Tarjetas con imágenes, grabaciones de sonidos, papel kraft",
        "duration_minutes": 45,
    },
    {
        "title": "Canciones en inglés para las rutinas de la sala",
        "subjects": ["IN"],
        "levels": ["5B", "6B", "7B"],
        "oa_codes": ["IN05 OA 02", "IN06 OA 02", "IN07 OA 01"],
        "description": (
            "Incorporamos canciones breves en inglés para saludar, ordenar la sala y despedirnos. "
            "Los estudiantes aprenden la letra con apoyo de gestos e imágenes. Cada semana un "
            "estudiante propone una nueva canción. Al cierre del mes evaluamos qué palabras "
            "recuerdan y usan en otros momentos."
        ),
        "multigrade_strategy": (
            "Todos cantan juntos la misma canción. Quinto reconoce palabras clave, sexto "
            "explica el significado de las frases y séptimo enseña los gestos al resto."
        ),
        "materials": "Parlante, letras impresas, tarjetas con imágenes",
        "duration_minutes": 45,
    },
    {
        "title": "Bingo de números y precios en inglés",
        "subjects": ["IN", "MA"],
        "levels": ["5B", "6B"],
        "oa_codes": ["IN05 OA 05", "IN06 OA 05", "MA05 OA 01"],
        "description": (
            "Jugamos bingo con números del 1 al 100 en inglés. Luego los estudiantes simulan "
            "una tienda donde preguntan y dicen precios en inglés. Practicamos las preguntas "
            "how much y how many. Al final, cada pareja escribe un diálogo breve."
        ),
        "multigrade_strategy": (
            "Quinto trabaja números hasta 50 y preguntas modelo; sexto usa números hasta 100 y "
            "crea sus propios diálogos. Las parejas de tienda combinan niveles."
        ),
        "materials": "Cartones de bingo, porotos, tarjetas de precios, monedas de cartón",
        "duration_minutes": 45,
    },
    # ---------------------------------------------------------------- Educación parvularia
    {
        "title": "La feria en el rincón de la casita",
        "subjects": ["MA", "LE"],
        "levels": ["NT1", "NT2"],
        "oa_codes": [],
        "description": (
            "Transformamos el rincón de la casita en un puesto de feria con frutas y verduras "
            "de juguete y reales. Los niños y niñas juegan a comprar y vender, cuentan "
            "productos y usan monedas grandes de cartón. La educadora modela frases como "
            "¿cuánto cuesta? y ¿me da tres manzanas? Al cierre, dibujan lo que compraron."
        ),
        "multigrade_strategy": (
            "NT1 cuenta hasta cinco y nombra productos; NT2 cuenta hasta diez y asocia "
            "cantidades con números. Los de NT2 hacen de vendedores y ayudan a contar a los "
            "de NT1."
        ),
        "materials": "Frutas y verduras, canastos, monedas de cartón, delantal de feriante",
        "duration_minutes": 45,
    },
    {
        "title": "Cuentos con títeres y palabras en mapudungun",
        "subjects": ["LE"],
        "levels": ["NT1", "NT2"],
        "oa_codes": [],
        "description": (
            "La educadora cuenta historias con títeres de animales del sur: el pudú, el chucao "
            "y el zorro. En cada cuento aparece una palabra en mapudungun que los niños repiten "
            "con gestos. Luego los niños manipulan los títeres y recrean la historia. "
            "Registramos sus relatos en un papelógrafo."
        ),
        "multigrade_strategy": (
            "NT1 repite palabras y gestos; NT2 recrea la historia con inicio y final. Los "
            "grupos de títeres combinan ambos niveles."
        ),
        "materials": "Títeres, teatrino, tarjetas con palabras en mapudungun",
        "duration_minutes": 45,
    },
    {
        "title": "Clasificamos hojas y piedras del patio",
        "subjects": ["CN", "MA"],
        "levels": ["NT1", "NT2"],
        "oa_codes": [],
        "description": (
            "Los niños y niñas recolectan hojas, piedras y palitos en el patio. En la sala las "
            "clasifican por color, tamaño y forma en bandejas. Conversamos sobre los criterios "
            "que usaron y contamos cuántos elementos hay en cada grupo. Con lo recolectado "
            "hacemos un collage."
        ),
        "multigrade_strategy": (
            "NT1 clasifica con un criterio; NT2 clasifica con dos criterios y explica. La "
            "recolección se hace en parejas de NT1 y NT2."
        ),
        "materials": "Canastos, bandejas, lupas, cartón para collage, cola fría",
        "duration_minutes": 45,
    },
    {
        "title": "Práctica de transición: leemos imágenes de NT2 a primero básico",
        "subjects": ["LE"],
        "levels": ["NT2", "1B"],
        "oa_codes": ["LE01 OA 02", "LE01 OA 04"],
        "description": (
            "Para facilitar la transición de NT2 a primero básico, ambos niveles comparten "
            "una vez por semana la lectura de libros álbum. Los niños describen imágenes, "
            "predicen qué pasará y reconocen letras conocidas. La educadora y la profesora "
            "planifican juntas la actividad. Se registran avances en una lista de cotejo común."
        ),
        "multigrade_strategy": (
            "NT2 describe imágenes y reconoce su nombre escrito; primero lee palabras y "
            "oraciones simples. Los de primero leen en voz alta partes del libro a los de NT2."
        ),
        "materials": "Libros álbum, letras móviles, lista de cotejo",
        "duration_minutes": 45,
    },
]


# --------------------------------------------------------------------------------------
# 5. Variations for titles and descriptions
# --------------------------------------------------------------------------------------

# A title is prefix + template title + suffix + context; "" means "no piece".
TITLE_VARIATIONS: dict[str, list[str]] = {
    "prefixes": [
        "",
        "Adaptación: ",
        "Taller: ",
        "Experiencia de aula: ",
        "Segunda etapa: ",
        "Proyecto: ",
        "Desafío: ",
        "Secuencia didáctica: ",
        "Aula multigrado: ",
        "Propuesta: ",
        "Rutina: ",
        "Innovación: ",
        "Práctica compartida: ",
        "Retomamos: ",
        "Clase abierta: ",
        "Aprendizaje al aire libre: ",
    ],
    "suffixes": [
        "",
        " (versión 2)",
        " (versión 3)",
        " (ajustada)",
        " (adaptación)",
        " en cursos combinados",
        " con material concreto",
        " con material reciclado",
        " en la huerta escolar",
        " con apoyo de las familias",
        " en parejas de distinto nivel",
        " con tutoría entre pares",
        " por rincones de aprendizaje",
        " para el aula multigrado",
        " con registro fotográfico",
        " con ticket de salida",
        " en grupos pequeños",
        " al aire libre",
        " con preguntas de distinta complejidad",
        " con juegos de mesa",
        " y cuaderno de campo",
        " con apoyo del CRA",
        " para estudiantes con NEE",
        " sin conexión a internet",
        " en la biblioteca",
        " con la comunidad",
        " y evaluación formativa",
        " en modalidad remota",
        " para la semana de la ciencia",
        " con palabras en mapudungun",
    ],
    "contexts": [
        "",
        " en Los Boldos",
        " en Quilaco Alto",
        " en Rucamanque",
        " en El Maitén",
        " en Peuchén Chico",
        " en Las Quilas",
        " en otoño",
        " en invierno",
        " en primavera",
        " de verano",
        " en tiempo de cosecha",
        " en época de lluvias",
        " para el we tripantu",
        " para Fiestas Patrias",
        " para la fiesta costumbrista",
        " para la trilla",
        " del primer semestre",
        " del segundo semestre",
        " de marzo",
        " de junio",
        " de septiembre",
        " de noviembre",
    ],
}

DESCRIPTION_EXTRA: list[str] = [
    "La actividad se repitió con ajustes después de la sesión del microcentro.",
    "Las familias colaboraron trayendo materiales desde la casa.",
    "Por la lluvia, la parte al aire libre se trasladó al comedor de la escuela.",
    "Se registraron fotografías y trabajos de los estudiantes como evidencia.",
    "El ticket de salida mostró que la mayoría de los estudiantes disfrutó la actividad.",
    "La planificación se compartió con los colegas del microcentro por pendrive.",
    "Se incorporaron sugerencias que hicieron los colegas en la última sesión.",
    "Los estudiantes con NEE participaron con apoyo de la educadora diferencial.",
    "El furgón escolar llegó tarde ese día, por lo que se acortó el inicio.",
    "Una apoderada apoyó la actividad durante toda la jornada.",
    "Se usaron materiales del CRA y otros elaborados por los propios estudiantes.",
    "La actividad se conectó con el foco anual del microcentro.",
    "Al cierre, los estudiantes explicaron a sus compañeros lo que aprendieron.",
    "Los estudiantes mayores asumieron con entusiasmo el rol de tutores.",
    "El tiempo fue justo; conviene reservar una hora pedagógica más.",
    "La práctica se adaptó para trabajar con una sola hoja por grupo y ahorrar fotocopias.",
    "Los trabajos quedaron expuestos en el diario mural para las familias.",
    "Se incluyó una pausa activa a mitad de la actividad.",
    "Los estudiantes propusieron repetir la actividad el próximo mes.",
    "Se evaluó con una lista de cotejo sencilla elaborada en el microcentro.",
    "Sin internet en la escuela, todo el material se preparó impreso con anticipación.",
    "La práctica se presentó en la sesión mensual con fotografías y trabajos de muestra.",
    "Algunos estudiantes faltaron por el temporal, así que se retomó la semana siguiente.",
    "La actividad sirvió para conversar sobre la vida en el campo y el trabajo familiar.",
    "Un colega de otra escuela del microcentro observó la clase y compartió comentarios.",
    "Se vinculó la actividad con la celebración del aniversario de la escuela.",
]


# --------------------------------------------------------------------------------------
# 6. Feedback at the presentation of a practice
# --------------------------------------------------------------------------------------

FEEDBACK_SUGGESTIONS: list[str] = [
    "Podrías agregar una pregunta de cierre para que los estudiantes expliquen su estrategia.",
    "Sería útil tener una versión del material para los estudiantes que aún no leen.",
    "Propongo acortar la explicación inicial y dar más tiempo al trabajo en grupos.",
    "Podrías incluir un ejemplo resuelto en la pizarra antes de que trabajen solos.",
    "Convendría definir roles en los grupos para que todos participen.",
    "Se podría usar el ticket de salida para ver qué nivel tuvo más dificultades.",
    "Sugiero plastificar las tarjetas para usarlas varios años.",
    "Podrías invitar a una familia a contar su experiencia sobre el tema.",
    "Sería bueno tener una variante para los días de lluvia.",
    "Agregar una rúbrica simple ayudaría a que los estudiantes se autoevalúen.",
    "Podrías grabar un video corto para compartirlo con el microcentro.",
    "Conviene preparar un desafío extra para quienes terminan antes.",
    "Podrías mostrar más trabajos de los estudiantes como evidencia.",
    "Se podría conectar con Ciencias Naturales usando los mismos datos.",
    "Sugiero dejar por escrito las instrucciones para cada nivel.",
    "Podrías incluir una pausa activa a mitad de la actividad.",
    "Sería interesante aplicarla en otra escuela y comparar resultados.",
    "Agregar preguntas en mapudungun podría enriquecer la actividad.",
    "Podrías compartir la planificación en el paquete de la próxima sesión.",
    "Convendría revisar el tiempo: parece que la actividad necesita 90 minutos.",
    "Sugiero que los mayores expliquen a los menores en vez de darles la respuesta.",
    "Sería bueno tener una versión con menos fotocopias, por el costo.",
    "Podrías retomar la actividad la semana siguiente para consolidar lo aprendido.",
    "Sugiero usar material concreto también con los cursos mayores.",
]

FEEDBACK_STRENGTHS: list[str] = [
    "Se nota que los estudiantes estaban muy motivados.",
    "El material es simple, barato y fácil de replicar en cualquier escuela.",
    "Aprovecha muy bien el contexto rural de los estudiantes.",
    "La diferenciación por nivel está clara y bien pensada.",
    "La tutoría entre pares funciona muy bien en esta práctica.",
    "Las evidencias muestran avances concretos en los aprendizajes.",
    "Involucra a las familias de manera natural.",
    "Es una práctica que puedo aplicar la próxima semana en mi escuela.",
    "La explicación fue clara y ordenada, en menos de 15 minutos.",
    "Integra varias asignaturas sin perder el foco.",
    "Valora la cultura mapuche y los saberes de la comunidad.",
    "Los estudiantes explican sus estrategias con sus propias palabras.",
    "Se ajusta muy bien al foco anual del microcentro.",
    "Funciona aunque la escuela no tenga internet.",
    "Promueve la autonomía de los estudiantes mayores.",
    "Las fotografías ayudaron mucho a entender cómo se organizó la clase.",
    "Muestra con honestidad lo que no resultó y cómo se ajustó.",
    "Los tiempos están bien calculados para un curso combinado.",
]


# --------------------------------------------------------------------------------------
# 7. Self-assessment after applying a practice
# --------------------------------------------------------------------------------------

SELF_ASSESSMENT_ADJUSTMENTS: list[str] = [
    "Reduje la cantidad de problemas para que alcanzara el tiempo.",
    "Cambié los números para adaptarlos a los estudiantes de primero.",
    "Hice la actividad en la sala porque llovió toda la semana.",
    "Agregué imágenes a las instrucciones para los que aún no leen.",
    "Formé parejas de distinto nivel en vez de grupos de cuatro.",
    "Usé porotos en lugar de fichas porque no tenía material.",
    "Dividí la actividad en dos clases de 45 minutos.",
    "Incorporé un ejemplo modelado antes del trabajo autónomo.",
    "Preparé una versión más desafiante para sexto básico.",
    "Cambié el contexto del problema a la lechería del sector.",
    "Agregué una pausa activa porque los más pequeños se cansaron.",
    "Reemplacé las fotocopias por una sola guía en la pizarra.",
    "Pedí ayuda a una apoderada para acompañar a los grupos.",
    "Simplifiqué el ticket de salida para primero básico.",
    "Usé palabras en mapudungun que ya conocían los estudiantes.",
    "Acorté la puesta en común para dejar más tiempo de práctica.",
    "Adapté el material para un estudiante con baja visión.",
    "Agregué una rúbrica simple de autoevaluación para los mayores.",
]

SELF_ASSESSMENT_REFLECTIONS: list[str] = [
    "Los estudiantes se mostraron muy participativos y pidieron repetirla.",
    "Me di cuenta de que los de primero necesitan más tiempo con el material concreto.",
    "La tutoría entre pares funcionó mejor de lo que esperaba.",
    "Algunos estudiantes se dispersaron en el trabajo en grupo; debo definir roles.",
    "El ticket de salida mostró que la mayoría entendió, pero tercero tuvo dudas.",
    "Voy a seguir usando esta práctica una vez por semana.",
    "Me costó organizar los tiempos de los distintos niveles.",
    "Fue valioso escuchar cómo explicaban sus estrategias.",
    "Necesito preparar mejor el cierre de la clase.",
    "Las familias comentaron que los niños hablaron de la actividad en la casa.",
    "Los estudiantes más tímidos participaron más en parejas que en plenario.",
    "Me sirvió mucho la sugerencia que recibí en el microcentro.",
    "La actividad me ayudó a conocer mejor las estrategias de cada estudiante.",
    "Creo que con más material concreto los resultados habrían sido mejores.",
    "Quiero compartir los resultados en la próxima sesión del microcentro.",
    "Los mayores aprendieron explicando a los menores.",
    "Me sentí más segura al aplicarla la segunda vez.",
    "Debo ajustar el vocabulario de las instrucciones para los más pequeños.",
]


# --------------------------------------------------------------------------------------
# 8. Peer classroom observation (formative, non-punitive)
# --------------------------------------------------------------------------------------

OBSERVATION_FOCI: list[str] = [
    "Cómo se organiza el trabajo simultáneo de distintos niveles",
    "Uso de preguntas para promover el razonamiento matemático",
    "Tutoría entre pares en el curso combinado",
    "Uso del tiempo en el inicio, desarrollo y cierre de la clase",
    "Participación de los estudiantes más pequeños",
    "Retroalimentación a los estudiantes durante el trabajo autónomo",
    "Uso de material concreto en la resolución de problemas",
    "Clima de aula y manejo de las normas de convivencia",
    "Estrategias de comprensión lectora",
    "Cierre de la clase y verificación de aprendizajes",
    "Transiciones entre actividades de distintos niveles",
    "Uso del contexto local en la enseñanza",
]

OBSERVATION_EVIDENCE: list[str] = [
    "Los estudiantes de cuarto explicaron a los de segundo cómo agrupar de a diez.",
    "La profesora hizo preguntas como ¿cómo lo supiste? y ¿hay otra forma?",
    "Se observó que todos los niveles tenían una tarea clara en la pizarra.",
    "Durante el trabajo autónomo, la profesora atendió a cada grupo al menos una vez.",
    "Los estudiantes usaron el material concreto sin necesidad de recordatorios.",
    "En el cierre, tres estudiantes de distintos niveles compartieron su estrategia.",
    "El inicio de la clase tomó 15 minutos por la llegada del furgón.",
    "Dos estudiantes de primero esperaron varios minutos sin saber qué hacer.",
    "Las normas de la sala están visibles y los estudiantes las mencionaron.",
    "Se usaron ejemplos de la huerta escolar para explicar el contenido.",
    "Los estudiantes registraron sus respuestas en el ticket de salida al final.",
    "La profesora modeló la estrategia en voz alta antes del trabajo en parejas.",
    "Los de sexto ayudaron a ordenar el material al terminar la actividad.",
    "Un estudiante pidió ayuda a un compañero antes de acudir a la profesora.",
]

OBSERVATION_STRENGTHS: list[str] = [
    "Clima de respeto y confianza entre estudiantes de distintas edades.",
    "Instrucciones claras y diferenciadas para cada nivel.",
    "Uso intencionado del contexto rural para dar sentido a los aprendizajes.",
    "Buen uso de las preguntas abiertas para promover el razonamiento.",
    "La tutoría entre pares está instalada como rutina.",
    "Material concreto preparado y accesible para todos.",
    "Los estudiantes conocen las rutinas y se mueven con autonomía.",
    "Retroalimentación oportuna y específica durante el trabajo.",
    "Cierre que recoge lo aprendido con la voz de los estudiantes.",
    "Valoración de la lengua y cultura mapuche en la clase.",
    "Organización del espacio en rincones que facilita el trabajo simultáneo.",
    "Trato cálido y cercano con cada estudiante.",
    "Buena gestión del tiempo entre las actividades de cada nivel.",
]

OBSERVATION_OPPORTUNITIES: list[str] = [
    "Preparar una tarea de espera para los más pequeños mientras se atiende a otro nivel.",
    "Dar más tiempo a los estudiantes para pensar antes de responder.",
    "Incorporar una verificación rápida de aprendizajes al cierre.",
    "Definir roles en los grupos para que todos participen.",
    "Reducir el tiempo de la explicación inicial.",
    "Variar a los estudiantes que responden en el plenario.",
    "Registrar por escrito los acuerdos de la clase.",
    "Ofrecer un desafío adicional a quienes terminan antes.",
    "Usar el ticket de salida para ajustar la próxima clase.",
    "Explicitar el objetivo de la clase para cada nivel.",
    "Dejar visible un ejemplo resuelto mientras trabajan.",
    "Anticipar las transiciones para no perder tiempo.",
    "Formar a los tutores para que pregunten en vez de dar la respuesta.",
]

OBSERVATION_AGREEMENTS: list[str] = [
    "Probar una tarea de espera para primero básico durante dos semanas.",
    "Compartir en la próxima sesión cómo funcionó la tutoría entre pares.",
    "Observar nuevamente la clase en un mes con el mismo foco.",
    "Elaborar en conjunto tarjetas de preguntas para el cierre.",
    "Intercambiar material concreto entre ambas escuelas.",
    "Registrar en el diario pedagógico las adaptaciones realizadas.",
    "Aplicar el ticket de salida y traer los resultados a la sesión.",
    "Invitar a la colega observada a observar una clase en mi escuela.",
    "Preparar juntas una planificación para el mismo objetivo de aprendizaje.",
    "Grabar un video corto de la rutina para compartirlo con el microcentro.",
    "Revisar juntos los trabajos de los estudiantes antes de la próxima sesión.",
    "Ensayar el inicio de clase con un objetivo diferenciado por nivel.",
    "Acordar una señal común para las transiciones entre actividades.",
]


# --------------------------------------------------------------------------------------
# 9. Improvement cycles (PHEA: Planear, Hacer, Estudiar, Ajustar)
# --------------------------------------------------------------------------------------

IMPROVEMENT_CYCLES: list[ImprovementCycle] = [
    {
        "title": "Asistencia a las sesiones del microcentro",
        "aim": "Mantener una asistencia mensual superior al 70% en las sesiones del microcentro.",
        "change_idea": (
            "Enviar la tabla y el lugar de la sesión con una semana de anticipación y "
            "coordinar el traslado compartido en vehículo entre escuelas cercanas."
        ),
        "prediction": (
            "Si los docentes conocen la tabla con anticipación y tienen traslado, la asistencia "
            "subirá al menos 15 puntos porcentuales."
        ),
        "indicator": "Porcentaje de docentes presentes en cada sesión mensual.",
        "do_notes": (
            "Se envió la tabla por correo y en papel con el furgón escolar. Tres docentes "
            "compartieron vehículo desde Quilaco."
        ),
        "study_notes": (
            "La asistencia pasó de 67% a 89%. Las ausencias restantes se debieron a licencias "
            "médicas y al corte del camino por la lluvia."
        ),
        "adjust_notes": (
            "Mantener el envío anticipado y acordar una modalidad remota de respaldo para los "
            "días de temporal."
        ),
    },
    {
        "title": "Prácticas presentadas en 15 minutos",
        "aim": "Que todas las presentaciones de prácticas se ajusten a 15 minutos con evidencia.",
        "change_idea": (
            "Usar una pauta breve de presentación: objetivo, cómo se organizó el curso "
            "combinado, evidencia y qué ajustaría."
        ),
        "prediction": (
            "Con una pauta común, las presentaciones serán más breves y quedará más tiempo "
            "para la evaluación entre pares."
        ),
        "indicator": "Minutos por presentación y minutos dedicados a la evaluación.",
        "do_notes": (
            "Se entregó la pauta en la sesión de abril. El asesor tomó el tiempo de cada "
            "presentación con un cronómetro visible."
        ),
        "study_notes": (
            "El promedio bajó de 26 a 16 minutos. La evaluación entre pares ganó 20 minutos, "
            "y los docentes valoraron el orden."
        ),
        "adjust_notes": "Adoptar la pauta para todo el año y agregarla a la guía de la sesión.",
    },
    {
        "title": "Compromiso de los estudiantes medido con ticket de salida",
        "aim": (
            "Aumentar al 80% la proporción de estudiantes que responden que se sintieron bien en "
            "las clases con prácticas del microcentro."
        ),
        "change_idea": (
            "Incluir en cada práctica un momento de explicación entre pares antes del cierre."
        ),
        "prediction": (
            "Si los estudiantes explican a un compañero, más de ellos declararán sentirse bien "
            "y entender la actividad."
        ),
        "indicator": "Porcentaje de respuestas 'Me sentí bien' en el ticket de salida.",
        "do_notes": (
            "Seis docentes aplicaron el cambio en dos prácticas durante mayo y junio, y "
            "tabularon los tickets por nivel."
        ),
        "study_notes": (
            "El indicador subió de 68% a 77%. En primero básico el cambio fue menor porque les "
            "cuesta explicar oralmente."
        ),
        "adjust_notes": (
            "Para primero, reemplazar la explicación oral por mostrar con material concreto."
        ),
    },
    {
        "title": "Satisfacción con la utilidad de las sesiones",
        "aim": "Que al menos el 80% de los docentes considere muy útiles los temas de la sesión.",
        "change_idea": (
            "Consultar a los docentes, al cierre de cada sesión, qué necesitan para el mes "
            "siguiente, y definir la tabla con esas respuestas."
        ),
        "prediction": (
            "Si la tabla responde a necesidades expresadas, la percepción de utilidad aumentará."
        ),
        "indicator": "Porcentaje de respuestas 'muy útil' en la encuesta de satisfacción.",
        "do_notes": (
            "Se agregó una pregunta abierta a la encuesta. El asesor agrupó las respuestas y "
            "las presentó al inicio de la sesión siguiente."
        ),
        "study_notes": (
            "La utilidad percibida pasó de 64% a 82%. Los temas más pedidos fueron resolución "
            "de problemas y manejo del tiempo en el curso combinado."
        ),
        "adjust_notes": "Mantener la consulta y dedicar una sesión a la gestión del tiempo.",
    },
    {
        "title": "Preparación para aplicar las prácticas",
        "aim": (
            "Aumentar al 75% los docentes que se sienten bien preparados para aplicar la "
            "práctica elegida."
        ),
        "change_idea": (
            "Dedicar 20 minutos de la sesión a planificar en parejas la aplicación de la "
            "práctica elegida en la propia escuela."
        ),
        "prediction": (
            "Con tiempo de planificación conjunta, los docentes se sentirán más preparados y "
            "aplicarán antes la práctica."
        ),
        "indicator": "Porcentaje de docentes que responden 'bien preparado' en la encuesta.",
        "do_notes": (
            "En junio y julio se reservó el bloque de planificación conjunta. Las parejas "
            "dejaron escrita la fecha de aplicación."
        ),
        "study_notes": (
            "La preparación percibida subió de 64% a 78% y todas las prácticas se aplicaron "
            "antes de la sesión siguiente."
        ),
        "adjust_notes": "Incorporar el bloque de planificación conjunta en todas las sesiones.",
    },
    {
        "title": "Autoevaluaciones entregadas a tiempo",
        "aim": "Recibir el 90% de las autoevaluaciones antes de la sesión siguiente.",
        "change_idea": (
            "Simplificar el registro de autoevaluación y recogerlo en el paquete de "
            "sincronización que se trae en pendrive a la sesión."
        ),
        "prediction": (
            "Si el registro es breve y viaja con el paquete, los docentes lo entregarán a "
            "tiempo aunque no tengan internet en la escuela."
        ),
        "indicator": "Porcentaje de autoevaluaciones recibidas antes de cada sesión.",
        "do_notes": (
            "Se redujo la rúbrica a cuatro criterios y el asesor recordó la entrega una "
            "semana antes."
        ),
        "study_notes": (
            "La entrega pasó de 55% a 89%. Los docentes sin internet valoraron poder entregar "
            "en pendrive."
        ),
        "adjust_notes": (
            "Mantener el formato breve y revisar en diciembre si se necesita más detalle."
        ),
    },
    {
        "title": "Confianza para expresar dudas en la sesión",
        "aim": (
            "Que al menos el 70% de los docentes declare confianza para expresar dudas en las "
            "sesiones del microcentro."
        ),
        "change_idea": (
            "Iniciar cada sesión con una ronda breve de dificultades del mes, en la que el "
            "asesor comparte primero una dificultad propia."
        ),
        "prediction": (
            "Si la sesión comienza reconociendo dificultades, más docentes se atreverán a "
            "plantear dudas."
        ),
        "indicator": "Porcentaje de acuerdo con 'Siento confianza para expresar mis dudas'.",
        "do_notes": (
            "Se realizó la ronda en tres sesiones seguidas, con un máximo de dos minutos por "
            "docente."
        ),
        "study_notes": (
            "El acuerdo pasó de 55% a 73%. Dos docentes nuevos dijeron que la ronda los ayudó "
            "a integrarse."
        ),
        "adjust_notes": (
            "Mantener la ronda y rotar la conducción entre los docentes del microcentro."
        ),
    },
    {
        "title": "Aplicación de prácticas entre escuelas",
        "aim": "Que cada práctica presentada se aplique al menos en otras dos escuelas.",
        "change_idea": (
            "Entregar a cada docente una ficha impresa de la práctica con materiales y "
            "adaptaciones por nivel, junto con el paquete de la sesión."
        ),
        "prediction": (
            "Con una ficha concreta, más docentes elegirán y aplicarán prácticas de sus colegas."
        ),
        "indicator": "Número de escuelas que aplican cada práctica presentada.",
        "do_notes": (
            "Se elaboraron fichas para las cuatro prácticas presentadas entre agosto y septiembre."
        ),
        "study_notes": (
            "El promedio de escuelas que aplicaron cada práctica subió de 1,2 a 2,6. La "
            "práctica de la tiendita escolar se aplicó en las seis escuelas."
        ),
        "adjust_notes": "Incluir fotografías de la evidencia en las fichas del próximo semestre.",
    },
]


# --------------------------------------------------------------------------------------
# 10. Sessions
# --------------------------------------------------------------------------------------

SESSION_AGENDA_ITEMS: list[tuple[str, int]] = [
    ("Bienvenida y ronda de saludos", 10),
    ("Lectura y aprobación del acta anterior", 10),
    ("Ronda de dificultades del mes", 15),
    ("Presentación de práctica pedagógica 1", 15),
    ("Presentación de práctica pedagógica 2", 15),
    ("Presentación de práctica pedagógica 3", 15),
    ("Evaluación de las prácticas presentadas y sugerencias", 30),
    ("Revisión de tickets de salida y autoevaluaciones", 20),
    ("Elección de prácticas para aplicar en cada escuela", 15),
    ("Pausa y café", 15),
    ("Planificación conjunta por niveles", 45),
    ("Revisión de indicadores del microcentro", 20),
    ("Análisis de un ciclo de mejora (PHEA)", 25),
    ("Información del DAEM", 15),
    ("Acuerdos y próximos pasos", 10),
    ("Cierre y encuesta de satisfacción", 10),
]

SESSION_TITLES: list[str] = [
    "Sesión de inicio: definición del foco anual",
    "Resolución de problemas en cursos combinados",
    "Compartimos prácticas de Matemática",
    "Lectura y escritura en el aula multigrado",
    "Evaluación formativa y ticket de salida",
    "Tutoría entre pares: experiencias de las escuelas",
    "Planificación conjunta del segundo semestre",
    "Observación de aula entre pares",
    "El contexto local como recurso de aprendizaje",
    "Interculturalidad y saberes mapuche en la escuela",
    "Revisión de indicadores y ciclos de mejora",
    "Ciencias en la huerta escolar",
    "Sesión de cierre: balance del año",
]

SESSION_FOCUS_PHRASES: list[str] = [
    "Compartir y evaluar prácticas de resolución de problemas",
    "Revisar los resultados de los tickets de salida del mes",
    "Planificar en conjunto las prácticas elegidas",
    "Analizar las autoevaluaciones y acordar ajustes",
    "Preparar la observación de aula entre pares",
    "Estudiar el ciclo de mejora sobre la asistencia",
    "Intercambiar material concreto entre escuelas",
    "Diferenciar una misma actividad para varios niveles",
    "Conectar las prácticas con el foco anual",
    "Balance del semestre y metas para el siguiente",
]

SESSION_PLACES: list[str] = [school["name"] for school in SCHOOLS] + [
    "Sede social de Los Boldos",
    "Sala de reuniones DAEM Santa Bárbara",
    "Biblioteca municipal de Quilaco",
    "Modalidad remota",
]


# --------------------------------------------------------------------------------------
# 11. Satisfaction survey comments
# --------------------------------------------------------------------------------------

SATISFACTION_COMMENTS: list[str] = [
    "Muy útil, me llevo ideas concretas para aplicar la próxima semana.",
    "Faltó tiempo para la planificación conjunta.",
    "Me gustó ver evidencias reales de los estudiantes.",
    "Sería bueno hacer la sesión más temprano por el regreso a casa.",
    "Me sentí escuchada y con confianza para plantear mis dudas.",
    "Las presentaciones fueron claras y respetaron el tiempo.",
    "Me gustaría que la próxima sesión fuera en otra escuela para conocerla.",
    "Necesito más apoyo para aplicar la práctica con primero básico.",
    "Excelente el ambiente de colaboración entre colegas.",
    "La modalidad remota se cortó varias veces; prefiero presencial.",
    "El material impreso de la guía de la sesión fue de gran ayuda.",
    "Agradezco que se compartan los resultados de todas las escuelas.",
    "Me hubiera gustado más tiempo para conversar sobre los tickets de salida.",
    "Muy buena la idea de planificar en parejas.",
    "El café y la once compartida hacen la diferencia.",
    "Sugiero incluir una sesión sobre estudiantes con NEE en el aula multigrado.",
]


# --------------------------------------------------------------------------------------
# 12-14. Default templates (exit ticket, self-assessment rubric, observation protocol)
# --------------------------------------------------------------------------------------

MBE_DOMAINS: dict[str, str] = {
    "A": "Preparación de la enseñanza",
    "B": "Ambiente propicio para el aprendizaje",
    "C": "Enseñanza para el aprendizaje de todos los estudiantes",
    "D": "Responsabilidades profesionales",
}

DEFAULT_EXIT_TICKET: ExitTicket = {
    "name": "Ticket de salida del microcentro",
    "questions": [
        {
            "id": "feeling",
            "kind": "socioemotional",
            "prompt": "¿Cómo te sentiste hoy en la clase?",
            "options": [
                {"id": "feliz", "label": "Me sentí bien"},
                {"id": "mas_o_menos", "label": "Más o menos"},
                {"id": "triste", "label": "No muy bien"},
            ],
        },
        {
            "id": "understanding",
            "kind": "cognitive",
            "prompt": "¿Pudiste hacer la actividad de hoy?",
            "options": [
                {"id": "sin_ayuda", "label": "Sí, sin ayuda"},
                {"id": "con_ayuda", "label": "Sí, con ayuda"},
                {"id": "todavia_no", "label": "Todavía no"},
            ],
        },
        {
            "id": "again",
            "kind": "attitudinal",
            "prompt": "¿Te gustaría hacerlo otra vez?",
            "options": [
                {"id": "si", "label": "Sí"},
                {"id": "tal_vez", "label": "Tal vez"},
                {"id": "no", "label": "No"},
            ],
        },
    ],
}

DEFAULT_SELF_ASSESSMENT_RUBRIC: Rubric = {
    "name": "Autoevaluación de la práctica aplicada",
    "criteria": [
        {
            "id": "planning",
            "label": "Planifiqué la práctica para los distintos niveles de mi curso",
            "mbe_domain": "A",
            "levels": [
                "No alcancé a planificarla",
                "La planifiqué para un solo nivel",
                "La planifiqué con algunas diferencias por nivel",
                "La planifiqué con objetivos y tareas para cada nivel",
            ],
        },
        {
            "id": "materials",
            "label": "Preparé los materiales necesarios",
            "mbe_domain": "A",
            "levels": [
                "Faltaron materiales importantes",
                "Tuve parte de los materiales",
                "Tuve los materiales necesarios",
                "Tuve materiales adaptados para cada nivel",
            ],
        },
        {
            "id": "climate",
            "label": "Logré un clima de respeto y colaboración",
            "mbe_domain": "B",
            "levels": [
                "Hubo dificultades frecuentes de convivencia",
                "El clima fue adecuado solo en parte de la clase",
                "El clima fue adecuado durante toda la clase",
                "Los estudiantes se ayudaron de forma autónoma",
            ],
        },
        {
            "id": "peer_tutoring",
            "label": "Los estudiantes aprendieron unos de otros",
            "mbe_domain": "B",
            "levels": [
                "No hubo trabajo entre pares",
                "Hubo trabajo entre pares poco organizado",
                "La tutoría entre pares funcionó en la mayoría de los grupos",
                "La tutoría entre pares funcionó en todos los grupos",
            ],
        },
        {
            "id": "all_students",
            "label": "Todos los estudiantes participaron activamente",
            "mbe_domain": "C",
            "levels": [
                "Participaron pocos estudiantes",
                "Participó cerca de la mitad",
                "Participó la mayoría",
                "Participaron todos, incluidos los más pequeños",
            ],
        },
        {
            "id": "feedback",
            "label": "Verifiqué los aprendizajes y retroalimenté",
            "mbe_domain": "C",
            "levels": [
                "No verifiqué los aprendizajes",
                "Verifiqué solo al final",
                "Verifiqué durante la clase y al final",
                "Usé lo que verifiqué para ajustar la clase en el momento",
            ],
        },
        {
            "id": "reflection",
            "label": "Reflexioné sobre la práctica y registré ajustes",
            "mbe_domain": "D",
            "levels": [
                "No registré reflexiones",
                "Registré algunas ideas sueltas",
                "Registré qué funcionó y qué ajustar",
                "Registré ajustes y los compartí con el microcentro",
            ],
        },
        {
            "id": "collaboration",
            "label": "Usé los aportes de mis colegas del microcentro",
            "mbe_domain": "D",
            "levels": [
                "No consideré los aportes",
                "Consideré algún aporte",
                "Incorporé varias sugerencias de mis colegas",
                "Incorporé sugerencias y compartí resultados con ellos",
            ],
        },
    ],
}

DEFAULT_OBSERVATION_PROTOCOL: ObservationProtocol = {
    "name": "Pauta de observación de aula entre pares",
    "items": [
        {
            "id": "objective",
            "label": "El objetivo de la clase es claro para cada nivel",
            "mbe_domain": "A",
        },
        {
            "id": "differentiation",
            "label": "Las tareas están diferenciadas según el nivel de los estudiantes",
            "mbe_domain": "A",
        },
        {
            "id": "materials",
            "label": "Los materiales están preparados y son accesibles",
            "mbe_domain": "A",
        },
        {
            "id": "respect",
            "label": "Hay un clima de respeto y confianza en la sala",
            "mbe_domain": "B",
        },
        {
            "id": "routines",
            "label": "Las rutinas y normas permiten el trabajo autónomo",
            "mbe_domain": "B",
        },
        {
            "id": "peer_support",
            "label": "Los estudiantes se apoyan entre niveles",
            "mbe_domain": "B",
        },
        {
            "id": "questions",
            "label": "Las preguntas promueven el razonamiento de los estudiantes",
            "mbe_domain": "C",
        },
        {
            "id": "simultaneous",
            "label": "Todos los niveles trabajan con sentido mientras se atiende a otro",
            "mbe_domain": "C",
        },
        {
            "id": "feedback",
            "label": "Los estudiantes reciben retroalimentación durante la clase",
            "mbe_domain": "C",
        },
        {
            "id": "closure",
            "label": "El cierre recoge lo aprendido con la voz de los estudiantes",
            "mbe_domain": "C",
        },
        {
            "id": "context",
            "label": "La clase se vincula con el contexto local y la comunidad",
            "mbe_domain": "C",
        },
        {
            "id": "reflection",
            "label": "La docente comparte su reflexión y acuerda próximos pasos",
            "mbe_domain": "D",
        },
    ],
}


# --------------------------------------------------------------------------------------
# Self-checks (not run at import; the generator's tests call them)
# --------------------------------------------------------------------------------------

_OA_RE = re.compile(r"^(LE|MA|CN|HI|AR|MU|EF|TE|OR|IN)0[1-8] OA \d\d$")


def _rbd_check_digit(number: str) -> str:
    """Módulo 11 check digit, as for the Chilean RUT: factors 2..7 from the right."""
    total = 0
    factor = 2
    for digit in reversed(number):
        total += int(digit) * factor
        factor = 2 if factor == 7 else factor + 1
    rest = 11 - total % 11
    return "0" if rest == 11 else "K" if rest == 10 else str(rest)


def _check_rbds() -> None:
    """Raise ValueError if any school's RBD is malformed or has a wrong check digit."""
    for school in SCHOOLS:
        number, _, digit = school["rbd"].partition("-")
        if not (number.isdigit() and 4 <= len(number) <= 5 and len(digit) == 1):
            raise ValueError(f"malformed RBD {school['rbd']!r} ({school['name']})")
        if _rbd_check_digit(number) != digit:
            raise ValueError(
                f"RBD {school['rbd']!r} ({school['name']}): "
                f"check digit should be {_rbd_check_digit(number)}"
            )


def _check_oa_codes() -> None:
    """Raise ValueError if an OA code is malformed or does not match the template."""
    for template in PRACTICE_TEMPLATES:
        grades = {f"0{level[0]}" for level in template["levels"] if level.endswith("B")}
        for code in template["oa_codes"]:
            if not _OA_RE.match(code):
                raise ValueError(f"malformed OA code {code!r} in {template['title']!r}")
            if code[:2] not in template["subjects"] or code[2:4] not in grades:
                raise ValueError(f"OA code {code!r} does not fit {template['title']!r}")
